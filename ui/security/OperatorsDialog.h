#pragma once

#include "store/ConnectionSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pm::ui
{

/**
 * Admins manage operators: add one (a PostgreSQL login with no role yet), change an operator's
 * role (a one-time code; granting admin then waits for a second admin), approve another admin's
 * pending grant (the approver's own code), and lift a step-up lock. Every change is made and
 * audited by a database function; this dialog only gathers what to ask for.
 */
class OperatorsDialog final : public QDialog
{
    Q_OBJECT

public:
    OperatorsDialog(const pm::store::ConnectionSettings& settings, const QString& ownLogin, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void message(const QString& text);

private:
    struct Listing;
    void reload();
    void display(const Listing& listing);
    QString selectedLogin() const;
    void addOperator();
    void changeRole();
    void approve();
    void unlock();
    /// Runs @p sql with @p values on a pool thread; the first column of the answer (NULL: done).
    void call(const QString& sql, const QVariantList& values, const QString& doneText);
    void updateButtons();

    pm::store::ConnectionSettings m_settings;
    QString m_ownLogin;
    QTableWidget* m_table;
    QTableWidget* m_requests;
    QComboBox* m_capability;
    QPushButton* m_changeRole;
    QPushButton* m_approve;
    QPushButton* m_unlock;
    QLineEdit* m_newLogin;
    QLineEdit* m_newName;
    QLineEdit* m_newEmail;
    QLineEdit* m_newPassword;
    QPushButton* m_add;
    QLabel* m_state;
};

} // namespace pm::ui
