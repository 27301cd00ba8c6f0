#include "security/PdfExportWriter.h"

#include "security/ExportPayload.h"

#include <QColor>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>
#include <QStringView>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using pm::security::ExportPayload;

namespace pm::ui
{

namespace
{

/// Device units per inch. The PDF is vector graphics and text, so this only sets the grid that
/// positions snap to; 300 keeps the numbers small and the placement finer than the eye sees.
constexpr int Dpi = 300;

/// Column widths follow the content of the first rows; later, wider values wrap.
constexpr qsizetype WidthSampleRows = 1000;
constexpr qsizetype WidthSampleChars = 120;
constexpr qsizetype MaxTitleChars = 300;
constexpr qsizetype MaxSubtitleChars = 2000;

constexpr qreal PointSizeBody = 7.0;
constexpr qreal PointSizeTitle = 13.0;
constexpr qreal PointSizeSubtitle = 8.5;
constexpr qreal PointSizeFooter = 7.0;

qreal mm(qreal millimetres)
{
    return millimetres * Dpi / 25.4;
}

bool fail(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}

/// Characters that are invisible or that rearrange the text around them. The bidi overrides and
/// isolates can make "exe.txt" read as "txt.exe"; a line break would let one value pose as two.
bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)         // C0, DEL, C1
           || c == 0x061C || c == 0x200E || c == 0x200F // ALM, LRM, RLM
           || (c >= 0x202A && c <= 0x202E)              // LRE, RLE, PDF, LRO, RLO
           || (c >= 0x2066 && c <= 0x2069)              // LRI, RLI, FSI, PDI
           || c == 0x2028 || c == 0x2029                // line and paragraph separators
           || c == 0xFEFF                               // a byte order mark inside text is invisible
           || (c >= 0xD800 && c <= 0xDFFF);             // only unpaired surrogates reach here
}

QString escapeFor(char32_t c)
{
    switch (c) {
    case U'\n':
        return u"\\n"_s;
    case U'\r':
        return u"\\r"_s;
    case U'\t':
        return u"\\t"_s;
    default:
        return u"<U+%1>"_s.arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
    }
}

/// Breaks @p layout into lines of @p width; returns the height of the lines.
qreal layOut(QTextLayout* layout, qreal width)
{
    qreal height = 0;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout->endLayout();
    return height;
}

/// Column widths that add up to @p available: the columns that want less than an equal share get
/// what they want, the rest split what is left equally (max-min fair), and when everything fits
/// the spare width is spread in proportion so the table spans the page.
QList<qreal> fitWidths(const QList<qreal>& wanted, qreal available)
{
    QList<qreal> widths(wanted.size(), 0);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        open.append(i);
    }
    qreal remaining = available;
    while (!open.isEmpty()) {
        const qreal share = remaining / qreal(open.size());
        QList<qsizetype> still;
        for (const qsizetype i : std::as_const(open)) {
            if (wanted.at(i) <= share) {
                widths[i] = wanted.at(i);
                remaining -= wanted.at(i);
            } else {
                still.append(i);
            }
        }
        if (still.size() == open.size()) {
            for (const qsizetype i : std::as_const(still)) {
                widths[i] = share;
            }
            return widths;
        }
        open = still;
    }
    const qreal used = available - remaining;
    if (used > 0) {
        for (qreal& width : widths) {
            width *= available / used;
        }
    }
    return widths;
}

/// One report: measures every row, decides the page breaks, then paints page by page. Rows are
/// laid out twice (to measure, then to paint) instead of kept, so memory does not grow with them.
class Report
{
public:
    Report(QPdfWriter* writer, const QJsonObject& payload, const QString& title, const QString& subtitle);

    void paint(QPainter* painter) const;

private:
    static QString cellText(const QJsonValue& value);
    std::unique_ptr<QTextLayout> cellLayout(const QString& text, const QFont& font, bool number, qreal width) const;
    qreal rowHeight(const QJsonArray& values) const;
    void paginate();
    void paintTitle(QPainter* painter) const;
    void paintHeader(QPainter* painter, qreal y) const;
    void paintRow(QPainter* painter, const QJsonArray& values, qreal y, qreal height, bool shaded) const;
    void paintFooter(QPainter* painter, qsizetype page) const;

    QPdfWriter* m_writer;
    QJsonArray m_columns;
    QJsonArray m_rows;
    QString m_title;
    QString m_subtitle;
    QString m_footerText;
    QFont m_body;
    QFont m_bold;
    QFont m_titleFont;
    QFont m_subtitleFont;
    QFont m_footerFont;
    QPen m_gridPen;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_pad = 0;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    QList<qreal> m_widths;
    QList<qreal> m_rowHeights;
    QList<qsizetype> m_pageStarts; ///< the first row of each page
};

const QColor HeaderShade(226, 230, 236);
const QColor RowShade(246, 247, 249);
const QColor GridColor(170, 176, 186);
const QColor MutedText(90, 90, 90);

Report::Report(QPdfWriter* writer, const QJsonObject& payload, const QString& title, const QString& subtitle)
    : m_writer(writer)
    , m_columns(payload.value(u"columns"_s).toArray())
    , m_rows(payload.value(u"rows"_s).toArray())
    , m_title(PdfExportWriter::printable(title, MaxTitleChars))
    , m_subtitle(PdfExportWriter::printable(subtitle, MaxSubtitleChars))
    , m_width(writer->width())
    , m_height(writer->height())
    , m_pad(mm(0.9))
{
    // The application font's family (the platform's sans serif): it falls back per script, so
    // Arabic, Cyrillic or CJK values print with glyphs rather than boxes.
    QFont base;
    base.setStyleHint(QFont::SansSerif);
    m_body = base;
    m_body.setPointSizeF(PointSizeBody);
    m_bold = m_body;
    m_bold.setBold(true);
    m_titleFont = base;
    m_titleFont.setPointSizeF(PointSizeTitle);
    m_titleFont.setBold(true);
    m_subtitleFont = base;
    m_subtitleFont.setPointSizeF(PointSizeSubtitle);
    m_footerFont = base;
    m_footerFont.setPointSizeF(PointSizeFooter);
    m_gridPen = QPen(GridColor, mm(0.12));

    m_footerText = PdfExportWriter::tr("%1 — %n row(s)", nullptr, int(m_rows.size())).arg(m_title);
    m_footerHeight = QFontMetricsF(m_footerFont, m_writer).height() + mm(2.5);

    m_titleHeight = cellLayout(m_title, m_titleFont, false, m_width)->boundingRect().height() + mm(1.5);
    if (!m_subtitle.isEmpty()) {
        m_titleHeight += cellLayout(m_subtitle, m_subtitleFont, false, m_width)->boundingRect().height();
    }
    m_titleHeight += mm(4);

    // Widths from what the columns hold: the header, and the values of the first rows.
    const QFontMetricsF bodyMetrics(m_body, m_writer);
    const QFontMetricsF boldMetrics(m_bold, m_writer);
    QList<qreal> wanted(m_columns.size(), 0);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        wanted[c] = boldMetrics.horizontalAdvance(cellText(m_columns.at(c)));
    }
    const qsizetype sampled = std::min(m_rows.size(), WidthSampleRows);
    for (qsizetype r = 0; r < sampled; ++r) {
        const QJsonArray values = m_rows.at(r).toArray();
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString text = PdfExportWriter::printable(ExportPayload::text(values.at(c)), WidthSampleChars);
            wanted[c] = std::max(wanted[c], bodyMetrics.horizontalAdvance(text));
        }
    }
    for (qreal& width : wanted) {
        // The extra millimetre keeps a value that was measured to fit from wrapping after all.
        width = std::clamp(width + 2 * m_pad + mm(1), mm(10), m_width * 0.4);
    }
    m_widths = fitWidths(wanted, m_width);

    m_headerHeight = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        m_headerHeight
            = std::max(m_headerHeight,
                       cellLayout(cellText(m_columns.at(c)), m_bold, false, m_widths.at(c))->boundingRect().height());
    }
    m_headerHeight += 2 * m_pad;
    paginate();
}

QString Report::cellText(const QJsonValue& value)
{
    return PdfExportWriter::printable(ExportPayload::text(value));
}

/// @p text laid out for a cell (or the title) @p width wide, padding taken off.
std::unique_ptr<QTextLayout> Report::cellLayout(const QString& text, const QFont& font, bool number, qreal width) const
{
    // Laid out for the PDF's resolution, not the screen's: the printed lines break where they were
    // measured to.
    auto layout = std::make_unique<QTextLayout>(text, font, m_writer);
    QTextOption option(number ? Qt::AlignRight : Qt::AlignLeft);
    // Hashes, ids and JSON have no spaces to break at: they break anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Explicit bidi controls are escaped already; the paragraph direction follows the value's own
    // first strong character, so a Hebrew or Arabic value still reads right to left.
    option.setTextDirection(number ? Qt::LeftToRight : Qt::LayoutDirectionAuto);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layOut(layout.get(), std::max<qreal>(width - 2 * m_pad, 1));
    return layout;
}

qreal Report::rowHeight(const QJsonArray& values) const
{
    qreal height = 0;
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const QJsonValue value = values.at(c);
        const auto layout = cellLayout(cellText(value), m_body, value.isDouble(), m_widths.at(c));
        height = std::max(height, layout->boundingRect().height());
    }
    return height + 2 * m_pad;
}

void Report::paginate()
{
    const qreal bottom = m_height - m_footerHeight;
    m_rowHeights.resize(m_rows.size());
    m_pageStarts = {0};
    qreal y = m_titleHeight + m_headerHeight;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const qreal height = rowHeight(m_rows.at(r).toArray());
        m_rowHeights[r] = height;
        // A row taller than a whole page stays on the page it starts (and is cut at its foot);
        // only 500-character cells in very narrow columns come close.
        if (y + height > bottom && r > m_pageStarts.constLast()) {
            m_pageStarts.append(r);
            y = m_headerHeight;
        }
        y += height;
    }
}

void Report::paint(QPainter* painter) const
{
    const qreal bottom = m_height - m_footerHeight;
    const qsizetype pages = m_pageStarts.size();
    for (qsizetype page = 0; page < pages; ++page) {
        if (page > 0) {
            m_writer->newPage();
        }
        painter->setClipRect(QRectF(0, 0, m_width, bottom));
        qreal y = 0;
        if (page == 0) {
            paintTitle(painter);
            y = m_titleHeight;
        }
        paintHeader(painter, y);
        y += m_headerHeight;
        const qsizetype first = m_pageStarts.at(page);
        const qsizetype end = page + 1 < pages ? m_pageStarts.at(page + 1) : m_rows.size();
        for (qsizetype r = first; r < end; ++r) {
            paintRow(painter, m_rows.at(r).toArray(), y, m_rowHeights.at(r), r % 2 == 1);
            y += m_rowHeights.at(r);
        }
        if (m_rows.isEmpty()) {
            painter->setPen(MutedText);
            const auto none = cellLayout(PdfExportWriter::tr("No rows."), m_body, false, m_width);
            none->draw(painter, QPointF(m_pad, y + m_pad));
        }
        painter->setClipping(false);
        paintFooter(painter, page);
    }
}

void Report::paintTitle(QPainter* painter) const
{
    painter->setPen(Qt::black);
    const auto title = cellLayout(m_title, m_titleFont, false, m_width);
    title->draw(painter, QPointF(m_pad, 0));
    if (!m_subtitle.isEmpty()) {
        painter->setPen(MutedText);
        const auto subtitle = cellLayout(m_subtitle, m_subtitleFont, false, m_width);
        subtitle->draw(painter, QPointF(m_pad, title->boundingRect().height() + mm(1.5)));
    }
}

void Report::paintHeader(QPainter* painter, qreal y) const
{
    qreal x = 0;
    painter->fillRect(QRectF(0, y, m_width, m_headerHeight), HeaderShade);
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const qreal width = m_widths.at(c);
        painter->setPen(Qt::black);
        cellLayout(cellText(m_columns.at(c)), m_bold, false, width)->draw(painter, QPointF(x + m_pad, y + m_pad));
        painter->setPen(m_gridPen);
        painter->drawRect(QRectF(x, y, width, m_headerHeight));
        x += width;
    }
}

void Report::paintRow(QPainter* painter, const QJsonArray& values, qreal y, qreal height, bool shaded) const
{
    if (shaded) {
        painter->fillRect(QRectF(0, y, m_width, height), RowShade);
    }
    qreal x = 0;
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        const qreal width = m_widths.at(c);
        const QJsonValue value = values.at(c);
        painter->setPen(Qt::black);
        cellLayout(cellText(value), m_body, value.isDouble(), width)->draw(painter, QPointF(x + m_pad, y + m_pad));
        painter->setPen(m_gridPen);
        painter->drawRect(QRectF(x, y, width, height));
        x += width;
    }
}

void Report::paintFooter(QPainter* painter, qsizetype page) const
{
    const QRectF footer(0, m_height - m_footerHeight, m_width, m_footerHeight);
    painter->setFont(m_footerFont);
    painter->setPen(MutedText);
    const QString number = PdfExportWriter::tr("Page %1 of %2").arg(page + 1).arg(m_pageStarts.size());
    painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
    const QString left = QFontMetricsF(m_footerFont, m_writer).elidedText(m_footerText, Qt::ElideRight, m_width * 0.7);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
}

} // namespace

QString PdfExportWriter::printable(const QString& text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar ch = text.at(i);
        char32_t code = ch.unicode();
        qsizetype width = 1;
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(ch, text.at(i + 1));
            width = 2;
        }
        if (needsEscape(code)) {
            const QString escape = escapeFor(code);
            if (out.size() + escape.size() > maxChars) {
                break;
            }
            out += escape;
        } else {
            if (out.size() + width > maxChars) {
                break;
            }
            out.append(text.constData() + i, width);
        }
        i += width;
    }
    if (i < text.size()) {
        // Said, not hidden: the reader knows the value goes on (the CSV export has all of it).
        const qsizetype left = QStringView(text).mid(i).toUcs4().size();
        out += tr(" … (%n more character(s))", nullptr, int(left));
    }
    return out;
}

bool PdfExportWriter::write(const QJsonObject& payload, const QString& title, const QString& subtitle,
                            const QString& path, QString* error)
{
    // Checked before the file is opened: a malformed payload leaves the disk as it was.
    const QString problem = ExportPayload::problem(payload);
    if (!problem.isEmpty()) {
        return fail(error, tr("the export data is malformed: %1").arg(problem));
    }
    if (path.isEmpty()) {
        return fail(error, tr("no file name was given"));
    }
    const QString shown = QDir::toNativeSeparators(path);

    // The PDF engine writes to any open QIODevice and neither opens nor closes one it is given, so
    // it writes straight into the save file's temporary twin; commit() renames that over the
    // target only when the whole report is there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setTitle(printable(title, MaxTitleChars));
        writer.setCreator(u"PenguinMails Console"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail(error, tr("could not save %1: the PDF could not be started").arg(shown));
        }
        const Report report(&writer, payload, title, subtitle);
        report.paint(&painter);
        painter.end();
    }
    // Write errors on the way (a full disk) are kept by the save file and surface here.
    if (!file.commit()) {
        return fail(error, tr("could not save %1: %2").arg(shown, file.errorString()));
    }
    return true;
}

} // namespace pm::ui
