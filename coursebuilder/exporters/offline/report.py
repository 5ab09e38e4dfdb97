"""Say how big the package is, page by page and picture by picture, and hold it to a budget."""

from __future__ import annotations

from dataclasses import dataclass, field

from .options import BudgetExceeded, human_size


@dataclass(frozen=True)
class PageSize:
    """Bytes one page brings: its HTML and the files it shows."""

    slug: str
    title: str
    html: int
    media: int

    @property
    def total(self) -> int:
        """Return the page's HTML and media bytes together."""
        return self.html + self.media


@dataclass(frozen=True)
class MediaSize:
    """Bytes of one media item before and after export, and the pages showing it."""

    path: str
    original: int
    exported: int
    pages: tuple[str, ...]


@dataclass(frozen=True)
class FontSize:
    """Bytes of one font the package carries, cut down to the characters the course uses."""

    family: str
    weight: int
    exported: int
    characters: int


@dataclass
class SizeReport:
    """The package size: in total, per page and per media item."""

    total: int = 0
    shared: int = 0
    original_media: int = 0
    pages: list[PageSize] = field(default_factory=list)
    media: list[MediaSize] = field(default_factory=list)
    fonts: list[FontSize] = field(default_factory=list)

    def summary(self) -> str:
        """Return what the package holds in one line."""
        return f"{len(self.pages)} pages, {len(self.media)} media files"

    def lines(self, top: int = 0) -> list[str]:
        """Return the report as text lines; ``top`` limits the media list to the largest."""
        out = [f"Package: {human_size(self.total)} (media in the bundle: {human_size(self.original_media)})"]
        out.append("Pages (HTML + media shown):")
        for p in self.pages:
            out.append(f"  {human_size(p.total):>10}  {p.title}  [{p.slug}: page {human_size(p.html)}, "
                       f"media {human_size(p.media)}]")
        media = sorted(self.media, key=lambda m: -m.exported)
        shown = media[:top] if top else media
        out.append("Media (largest first, exported ← original):")
        for m in shown:
            out.append(f"  {human_size(m.exported):>10} ← {human_size(m.original):<10} {m.path}")
        if len(media) > len(shown):
            out.append(f"  … and {len(media) - len(shown)} smaller media items")
        if self.fonts:
            out.append("Fonts (only the characters the course uses):")
            for f in self.fonts:
                weight = "bold" if f.weight >= 600 else "regular"
                out.append(f"  {human_size(f.exported):>10}  {f.family} {weight} ({f.characters} characters)")
        out.append(f"Shared files (style, script, fonts, data, checksums, schemas): {human_size(self.shared)}")
        return out


def check_budget(report: SizeReport, budget: int, titles: dict[str, str]) -> str | None:
    """Return None within budget, else a one-line message naming what to shrink first."""
    if not budget or report.total <= budget:
        return None
    over = report.total - budget
    biggest = sorted(report.media, key=lambda m: -m.exported)[:3]
    names = "; ".join(
        f"{m.path} ({human_size(m.exported)}, in {', '.join(titles.get(p, p) for p in m.pages[:2]) or 'the package'})"
        for m in biggest
    )
    hint = f" Largest media: {names}." if names else ""
    heavy = sorted(report.pages, key=lambda p: -p.total)[:3]
    if heavy and len(report.pages) > 3:
        hint += " Heaviest pages: " + ", ".join(f"{p.title} ({human_size(p.total)})" for p in heavy) + "."
    return (f"the package is {human_size(report.total)}, {human_size(over)} over the budget of "
            f"{human_size(budget)}.{hint} Shrink or remove these, or export with smaller --image-sizes.")


def enforce_budget(message: str | None, warn_only: bool, warnings: list[str]) -> None:
    """Raise BudgetExceeded for an over-budget message, or record it as a warning."""
    if message is None:
        return
    if warn_only:
        warnings.append(message)
    else:
        raise BudgetExceeded(message)
