#pragma once

#include "store/ConnectionSettings.h"

#include <QDialog>
#include <QJsonObject>
#include <QMap>

class QAbstractSpinBox;
class QLabel;
class QPushButton;

namespace pm::ui
{

/**
 * The alert policy — notification timers and detection thresholds — as the database holds it,
 * editable by executives and admins. Applying sends only the changed fields, confirmed with a
 * one-time code through StepUpDialog; the database checks the code, the values and the
 * constraints, and audits the change with before and after.
 */
class AlertPolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    AlertPolicyDialog(const pm::store::ConnectionSettings& settings, QWidget* parent = nullptr);

    /// The changes the form holds against what was loaded ({} when none).
    QJsonObject changes() const;

Q_SIGNALS:
    void policyChanged(const QString& summary);

private:
    void load();
    void onLoaded(const QJsonObject& policy, const QString& error);
    void apply();
    QString validate() const;

    pm::store::ConnectionSettings m_settings;
    QJsonObject m_loaded;
    QMap<QString, QAbstractSpinBox*> m_fields; ///< column → editor
    QLabel* m_state;
    QPushButton* m_apply;
};

} // namespace pm::ui
