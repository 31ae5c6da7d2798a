/** The strings the story loads before it renders: its own, and the explainer's labels and rule names it reuses. */
export const STORY_NAMESPACES = ['story', 'ui', 'rules'] as const;
