/** The side panel's URL hash for the template library, so a reload of the panel returns to it. */
export const TEMPLATES_HASH = '#templates';

export const isTemplatesHash = (hash: string) => hash === TEMPLATES_HASH;
