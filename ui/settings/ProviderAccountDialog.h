#pragma once

#include "providers/ProviderAccount.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pm::ui
{

/**
 * Adds or edits a provider account: provider, name, address, the provider's own settings, the
 * credential (kept in the keychain; left empty when editing, it stays as stored) and the monthly
 * budget. "Test connection" asks the provider through the page's reader, off the GUI thread.
 */
class ProviderAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProviderAccountDialog(const pm::providers::ProviderAccount& account, QWidget* parent = nullptr);

    /// What the form holds; empty @p error when it can be saved.
    pm::providers::ProviderAccount account(QString* error) const;
    QString credential() const;
    /// Shows the result of a connection test under the form.
    void showTestResult(bool ok, const QString& message);

Q_SIGNALS:
    void testRequested(const pm::providers::ProviderAccount& account, const QString& credential);
    /// Save was pressed on a valid form; the owner stores it and then calls accept().
    void saveRequested(const pm::providers::ProviderAccount& account, const QString& credential);

private:
    void rebuildSettings();
    void tryAccept();

    pm::providers::ProviderAccount m_original;
    QComboBox* m_provider;
    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLineEdit* m_credential;
    QLabel* m_credentialLabel;
    QCheckBox* m_enabled;
    QFormLayout* m_settingsForm;
    QHash<QString, QLineEdit*> m_settingFields;
    QCheckBox* m_limitCalls;
    QSpinBox* m_maxCalls;
    QCheckBox* m_limitCost;
    QDoubleSpinBox* m_maxCost;
    QDoubleSpinBox* m_costPerCall;
    QLabel* m_result;
    QPushButton* m_test;
    QPushButton* m_save = nullptr;
};

} // namespace pm::ui
