#pragma once

#include "security/AuditLogReader.h"

#include <QAbstractTableModel>
#include <QColor>

#include <array>

class QLocale;
class QPalette;

namespace pm::ui
{

/**
 * The audit log as a table, newest first. Everything in a row was typed or influenced by someone
 * (reasons, scope, host names), so each cell is cleaned once when rows arrive: control characters
 * and bidirectional overrides become visible escapes, long text is elided, and tooltips are
 * escaped so Qt never takes them for rich text. Failures and refusals are drawn in a warning colour.
 */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        OperatorColumn,
        RoleColumn,
        ActionColumn,
        KindColumn,
        OutcomeColumn,
        ReasonColumn,
        ScopeColumn,
        ClientColumn,
        ColumnCount,
    };
    enum Role
    {
        SeqRole = Qt::UserRole + 1, ///< qint64
        FailureRole,                ///< bool: the outcome is a failure or refusal
    };

    static constexpr qsizetype DisplayLimit = 300;
    /// Tooltips show the whole cleaned text up to this length: a 64 KB scope in one tooltip
    /// would take seconds to lay out and cover the screen.
    static constexpr qsizetype ToolTipLimit = 4000;

    explicit AuditLogModel(QObject* parent = nullptr);

    void setRows(const QList<pm::security::AuditRow>& rows);
    const pm::security::AuditRow* row(int row) const;
    /// The row showing @p seq, or -1.
    int rowOfSeq(qint64 seq) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// @p text with control characters as "\n", "\t", "\x1B", bidi controls and line separators as
    /// "⟨U+202E⟩", elided with "…" to at most @p limit characters.
    static QString cleaned(const QString& text, qsizetype limit);
    /// "Password reset" for password_reset, and so on; unknown kinds as they are (cleaned).
    static QString kindText(const QString& kind);
    /// A red that keeps its contrast on light and on dark palettes.
    static QColor warningColor(const QPalette& palette);
    /// QLocale's short date and time format, with seconds added to the time.
    static QString shortFormatWithSeconds(const QLocale& locale);

private:
    struct Cells
    {
        std::array<QString, ColumnCount> display;
        std::array<QString, ColumnCount> toolTip; ///< cleaned plain text; made HTML on request
        bool failure = false;
    };

    QString rawText(const pm::security::AuditRow& row, int column) const;
    Cells makeCells(const pm::security::AuditRow& row) const;

    QList<pm::security::AuditRow> m_rows;
    QList<Cells> m_cells;
    QString m_dateTimeFormat;
};

} // namespace pm::ui
