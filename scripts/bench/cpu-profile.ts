/** The shape of a V8 CPU profile as Chromium's Profiler.stop returns it (DevTools protocol), for the bench's profilers. */
export interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
