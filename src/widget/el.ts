type Attrs = Record<string, string | boolean | null | undefined | ((event: Event) => void)>;

/**
 * A small element builder: `on…` keys are listeners, `true` sets a boolean attribute, null/false/undefined
 * leave it off. The widget builds its few views with it instead of shipping a UI framework.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string | null | false>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== false) node.append(child);
  return node;
}
