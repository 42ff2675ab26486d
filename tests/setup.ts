import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default: CI's shared machines run the suite at a load of 10 and more, where a
// live query's first answer can take longer. A test that should fail still fails, only later.
configure({ asyncUtilTimeout: 10_000 });
