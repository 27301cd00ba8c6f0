#pragma once

#include "notify/NotificationFeedReader.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace pm::ui
{

/**
 * The signed-in operator's notification preferences: where email goes and from which severity,
 * desktop tray on or off, and quiet hours in the operator's own time zone. Loads and saves through
 * the feed reader's thread; a refused save keeps the dialog open with the database's reason.
 */
class NotificationPreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    NotificationPreferencesDialog(pm::notify::NotificationFeedReader* reader, QWidget* parent = nullptr);

    /// What the form holds now; empty @p error when it is valid.
    pm::notify::NotificationPreferences preferences(QString* error) const;
    void setPreferences(const pm::notify::NotificationPreferences& preferences);

private:
    void save();
    void updateEnabled();

    pm::notify::NotificationFeedReader* m_reader;
    QLineEdit* m_email;
    QCheckBox* m_emailEnabled;
    QComboBox* m_minSeverity;
    QCheckBox* m_tray;
    QComboBox* m_timeZone;
    QCheckBox* m_quiet;
    QTimeEdit* m_quietStart;
    QTimeEdit* m_quietEnd;
    QCheckBox* m_criticalIgnoresQuiet;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pm::ui
