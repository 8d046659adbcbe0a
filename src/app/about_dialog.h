#pragma once
// Help > About: version, database, Qt, and the language of the app and its
// reports (system default or a chosen one, stored in the settings and applied
// at the next start). Layout in ui/about_dialog.ui.
#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class AboutDialog;
}

namespace sc {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~AboutDialog() override;
    QComboBox *languageCombo() const;
    QLabel *restartNote() const;

private:
    void languageChosen(int index);

    std::unique_ptr<Ui::AboutDialog> m_ui;
    QString m_startLanguage; // in effect since this start
};

} // namespace sc
