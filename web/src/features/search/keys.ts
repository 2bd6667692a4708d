// The modifier of the palette's shortcut as this computer's keyboard names it: ⌘ on Apple's, Ctrl elsewhere.
export const modifierKey = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
