// Small DOM helpers for the page: everything from the workbook is set as text, never as HTML.
const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes (onclick/onkeydown become listeners) and children. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children)
    if (child !== undefined && child !== null)
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** An SVG element with attributes and optional text. */
export function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}
