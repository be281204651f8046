import type { PageContext } from './attributes';
import type { Rgb } from './accent';

let colorContext: CanvasRenderingContext2D | null | undefined;

/** A CSS colour in sRGB, as the browser paints it: any syntax the browser knows, transparency over white. */
function resolveColor(value: string): Rgb | undefined {
  if (!CSS.supports('color', value)) return undefined;
  colorContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!colorContext) return undefined;
  colorContext.clearRect(0, 0, 1, 1);
  colorContext.fillStyle = value;
  colorContext.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = colorContext.getImageData(0, 0, 1, 1).data;
  const over = (c: number) => (c * a + 255 * (255 - a)) / 255;
  return [over(r), over(g), over(b)];
}

/** What parsing the attributes of `element` needs to know about the page around it. */
export function pageContext(element: Element): PageContext {
  return {
    inheritedLangs: [element.closest('[lang]')?.getAttribute('lang') ?? '', document.documentElement.lang],
    baseUrl: document.baseURI,
    resolveColor,
  };
}
