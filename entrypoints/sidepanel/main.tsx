// First: zod must know it may not compile before any schema parses (lib/platform/zod-jitless.ts).
import '../../lib/platform/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { SidePanelApp } from '../../components/SidePanelApp';
import './panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Never a blank panel: an error while rendering is shown, with "Try again" (README: Firefox sidebar). */}
    <PanelErrorBoundary part="the panel">
      <SidePanelApp />
    </PanelErrorBoundary>
  </StrictMode>,
);
