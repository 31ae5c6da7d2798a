// Input a visitor gives a prerendered island before the app takes it over.
// Hydration reuses the same elements but sets them to the app's state, so a
// slider moved in that first second would jump back unnoticed: note what
// differs from the markup's defaults before hydrating, and replay it afterwards
// as the visitor's own input, through the app's usual handlers. (Every form
// control on the page is inside an island; the page's top holds none.)

type Control = HTMLInputElement | HTMLSelectElement;

/** Notes the controls under `root` a visitor has changed; the returned function replays them. */
export function recordEarlyInput(root: Element): () => void {
  const changed: [Control, string | boolean][] = [];
  for (const control of root.querySelectorAll<Control>('input, select')) {
    if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((option) => option.selected !== option.defaultSelected)) changed.push([control, control.value]);
    } else if (control.type === 'checkbox' || control.type === 'radio') {
      if (control.checked !== control.defaultChecked) changed.push([control, control.checked]);
    } else if (control.value !== control.defaultValue) changed.push([control, control.value]);
  }
  return () => {
    for (const [control, value] of changed) {
      if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
      else control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
