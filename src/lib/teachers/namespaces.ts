/** The loaded strings the teachers' page is rendered with (at build time only), besides its own (teachers.json): the explainer's labels, rule and panel names. */
export const TEACHER_NAMESPACES = ['ui', 'rules', 'share'] as const;
