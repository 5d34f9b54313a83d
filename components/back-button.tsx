import { BackIcon } from './icons';

/** The side panel's "‹ Inbox" / "‹ Templates" link at the start of a view's header. */
export function BackButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={onClick}
      className="flex items-center gap-0.5 rounded-md py-1 pr-2 pl-1 text-[12px] font-medium text-teal-700 hover:bg-teal-50"
    >
      <BackIcon className="size-4" />
      {label}
    </button>
  );
}
