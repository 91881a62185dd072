/**
 * Keeps recharts' layer groups out of the tab order. Recharts 3.11 renders each z-index layer as
 * a bare SVG <g> that is a React portal target; React listens for focus events on every portal
 * target, and Chromium makes SVG elements with focus listeners keyboard-focusable. Each chart
 * would then add half a dozen unnamed, invisible tab stops (recharts/recharts#7799 removed the
 * tabindex that used to prevent this).
 */
const LAYER_SELECTOR = 'g[class^="recharts-zIndex-layer_"]:not([tabindex])';

function untab(node: Node) {
  if (!(node instanceof Element)) return;
  if (node.matches(LAYER_SELECTOR)) node.setAttribute('tabindex', '-1');
  node.querySelectorAll(LAYER_SELECTOR).forEach((layer) => layer.setAttribute('tabindex', '-1'));
}

/** Watches `root` for chart layers, now and whenever charts render new ones. */
export function keepChartLayersOutOfTabOrder(root: Element): void {
  untab(root);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) mutation.addedNodes.forEach(untab);
  }).observe(root, { childList: true, subtree: true });
}
