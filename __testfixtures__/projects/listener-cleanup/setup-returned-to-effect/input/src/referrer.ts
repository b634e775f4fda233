// Its one caller is an effect that ends with the call: the cleanup goes back to React
export function setupReferrer(root: HTMLElement): void {
  window.addEventListener('resize', () => root.classList.toggle('narrow', window.innerWidth < 600));
}
