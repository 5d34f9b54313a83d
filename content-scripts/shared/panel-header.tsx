/** The head of a panel next to the reply box (reply translator, template picker): brand, title, close. */
export function PanelHeader({
  title,
  closeLabel,
  closeTestId,
  onClose,
}: {
  title: string;
  closeLabel: string;
  closeTestId: string;
  onClose: () => void;
}) {
  return (
    <header className="hw-rt-head">
      <span className="hw-brand">HW</span>
      <strong className="hw-rt-title">{title}</strong>
      <button
        type="button"
        className="hw-rt-close"
        data-testid={closeTestId}
        title={closeLabel}
        aria-label={closeLabel}
        onClick={onClose}
      >
        ×
      </button>
    </header>
  );
}
