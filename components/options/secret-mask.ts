const DOTS = '••••••••';

/**
 * A saved key as the page shows it: bullets and the last few characters, enough to tell two keys apart and never
 * enough to use one. DeepL Free keys keep their `:fx` suffix visible because it decides the plan. Short values
 * show at most a third of their characters.
 */
export function maskSecret(secret: string | undefined): string {
  const value = secret?.trim() ?? '';
  if (!value) return '';
  const wanted = value.endsWith(':fx') ? 5 : 4;
  const shown = Math.min(wanted, Math.floor(value.length / 3));
  return shown > 0 ? `${DOTS}${value.slice(-shown)}` : DOTS;
}

/** DeepL's own rule: Free-plan keys end in `:fx`; every other key belongs to Pro. */
export function deeplPlanForKey(key: string): 'free' | 'pro' {
  return key.trim().endsWith(':fx') ? 'free' : 'pro';
}
