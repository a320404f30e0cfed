/** The 음악 쉼표 mark (same drawing as public/favicon.svg): a cream comma on a navy tile. Decorative. */
export function BrandMark(props: { class?: string }) {
  return (
    <svg class={props.class} viewBox="0 0 64 64" aria-hidden="true">
      <defs>
        <linearGradient id="brand-g" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stop-color="#283858" />
          <stop offset="1" stop-color="#1e2a44" />
        </linearGradient>
      </defs>
      <rect width="64" height="64" rx="14" fill="url(#brand-g)" />
      <circle cx="30" cy="23" r="9.6" fill="#f7f3ea" />
      <path d="M38.9 23.6 C41.6 37 34.5 45.2 23.6 50 C31 43 32.5 35.5 29.6 30 Z" fill="#f7f3ea" />
      <circle cx="44.8" cy="44.8" r="2.9" fill="#8fc1b5" />
    </svg>
  );
}
