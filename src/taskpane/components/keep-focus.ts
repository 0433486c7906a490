// Keyboard focus after an action takes away the control it started from: the next card, not the top of the page.
/**
 * 应用、忽略、撤销、插入之后，按钮所在的卡片常被移除或改写，焦点落到 <body>，下一次 Tab 从页首开始。
 * After 应用, 忽略, 撤销 or 插入 the card holding the button is often removed or rewritten: focus falls to <body>
 * and the next Tab starts again at the top of the page.
 *
 * A list marks itself `data-focus-list` and each of its cards `data-focus-card`; `data-focus-fallback` marks what to
 * focus when no card has a control left (a heading or the summary, with tabIndex -1); without one, the card itself.
 */
const LIST = '[data-focus-list]';
const CARD = '[data-focus-card]';
const FALLBACK = '[data-focus-fallback]';
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled])';

/**
 * Runs the action started from `from` (a button in a card); if focus is lost once it is done, moves it to the card
 * now where that card was (the next one), else the nearest card before it with a control, else the list's fallback
 * (or that card itself).
 */
export async function keepFocus(from: Element, action: () => Promise<void>): Promise<void> {
  const list = from.closest(LIST);
  const card = from.closest(CARD);
  const index = list && card ? [...list.querySelectorAll(CARD)].indexOf(card) : -1;
  await action();
  if (!list || index < 0) return;
  // React renders the action's last state change after the promise settles: look once it has.
  await new Promise((done) => setTimeout(done, 0));
  const active = document.activeElement;
  // Focus still on a control (the card was kept, or the person moved on meanwhile): leave it there.
  if (active && active !== document.body && active.isConnected) return;
  if (!list.isConnected) return;
  const cards = [...list.querySelectorAll<HTMLElement>(CARD)];
  const order = [...cards.slice(index), ...cards.slice(0, index).reverse()];
  for (const candidate of order) {
    const control = candidate.querySelector<HTMLElement>(FOCUSABLE);
    if (control) {
      control.focus();
      return;
    }
  }
  (list.querySelector<HTMLElement>(FALLBACK) ?? cards[Math.min(index, cards.length - 1)])?.focus();
}
