#pragma once

#include "security/AuditLogReader.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pm::util
{
class WorkerThread;
}

namespace pm::ui
{

class AuditLogModel;

/**
 * The audit log for executives and admins: newest first, filtered by text, action kind, outcome
 * and date range, with export (the gated action; the caller runs the step-up) and a check of the
 * hash chain. Reading runs on the audit reader's thread; the database decides who may read, and
 * setAccess() only spares other operators a refusal they cannot do anything about.
 */
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(QWidget* parent = nullptr);
    ~AuditLogPage() override;

    /// Starts (or restarts) reading from @p settings' database, if the operator may read.
    void setConnection(const pm::store::ConnectionSettings& settings);
    /// Without @p canRead the page explains who may see the log and reads nothing; without
    /// @p canVerify the Verify button is hidden. Both default to true.
    void setAccess(bool canRead, bool canVerify);

    /// Reads now instead of at the next 10 s round (after an export, say).
    void refresh();
    /// The filter the widgets describe now (for the export's date range, say).
    pm::security::AuditFilter filter() const;
    /// The selected row's sequence number, or 0.
    qint64 selectedSeq() const;
    /// Selects the row with @p seq, now or as soon as a read shows it.
    void selectSeq(qint64 seq);

    AuditLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void exportRequested();
    void message(const QString& text);

private:
    void startReader();
    void stopReader();
    void applyFilter();
    void verifyChain();
    void onLoaded(const QList<pm::security::AuditRow>& rows, qint64 totalMatching, bool permitted);
    void onChainVerified(const pm::security::AuditChainReport& report);
    void showChainResult(const QString& text, bool warning);
    void showReadable(bool readable);

    std::unique_ptr<pm::util::WorkerThread> m_thread;
    pm::security::AuditLogReader* m_reader = nullptr;
    std::optional<pm::store::ConnectionSettings> m_settings;
    pm::security::AuditFilter m_sentFilter;
    bool m_canRead = true;
    qint64 m_pendingSeq = 0;

    AuditLogModel* m_model;
    QStackedWidget* m_stack;
    QWidget* m_content;
    QLabel* m_noAccess;
    QLineEdit* m_search;
    QTimer* m_filterDelay;
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QCheckBox* m_dateRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_export;
    QPushButton* m_verify;
    QLabel* m_chainResult;
    QTableView* m_view;
    QLabel* m_state;
};

} // namespace pm::ui
