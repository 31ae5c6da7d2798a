/** The strings every view needs, loaded at start; every other namespace is loaded when its feature appears. */
export const CORE_NAMESPACES = ['ui', 'rules'] as const;
