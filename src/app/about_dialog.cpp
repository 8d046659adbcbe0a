#include "app/about_dialog.h"

#include "app/app_language.h"
#include "app/app_settings.h"
#include "ui_about_dialog.h"

#include <QDir>

namespace sc {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()), m_startLanguage(effectiveLanguage())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(QStringLiteral("<h3>Scorecard " SCORECARD_VERSION "</h3>"));
    m_ui->databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)));
    m_ui->qtLabel->setText(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));

    // First "follow the system", naming what that is now; then each language
    // in its own name.
    QString systemName;
    const QString systemCode = languageForLocale(QLocale::system());
    for (const UiLanguage &l : availableLanguages())
        if (l.code == systemCode)
            systemName = l.nativeName;
    m_ui->languageCombo->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const UiLanguage &l : availableLanguages())
        m_ui->languageCombo->addItem(l.nativeName, l.code);
    const int stored = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(stored > 0 ? stored : 0);
    m_ui->restartLabel->setVisible(false);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &AboutDialog::languageChosen);
}

AboutDialog::~AboutDialog() = default;

QComboBox *AboutDialog::languageCombo() const { return m_ui->languageCombo; }
QLabel *AboutDialog::restartNote() const { return m_ui->restartLabel; }

void AboutDialog::languageChosen(int index)
{
    AppSettings::setLanguage(m_ui->languageCombo->itemData(index).toString());
    // The windows keep their texts until the next start; say so only when
    // that start would change something.
    m_ui->restartLabel->setVisible(effectiveLanguage() != m_startLanguage);
}

} // namespace sc
