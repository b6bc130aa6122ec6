/** One labelled horizontal bar per item: the label and value are text, the bar is decoration. */
export interface BarItem {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** When the label is a day (yyyy-MM-dd): Intl's name for it, marked as a date. */
  date?: string;
}

export function BarList({ items, empty }: { items: BarItem[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const most = Math.max(1, ...items.map((item) => item.value));
  return (
    <ul className="bar-list">
      {items.map((item) => (
        <li key={item.key}>
          <span className="bar-label">
            {item.date ? <time dateTime={item.date}>{item.label}</time> : item.label}
          </span>
          <svg
            className="bar-track"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <rect x={0} y={0} width={(item.value / most) * 100} height={10} className="bar" />
          </svg>
          <span className="bar-value">{item.valueLabel}</span>
        </li>
      ))}
    </ul>
  );
}
