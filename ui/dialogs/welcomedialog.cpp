#include "dialogs/welcomedialog.h"

#include "api/endpoints.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wan::ui {

WelcomeDialog::WelcomeDialog(const QString &keychainProblem, bool demoAvailable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Wan Studio"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Welcome to Wan Studio</h2>"
                                "<p>Wan Studio turns a still image into a short video with Segmind's Wan 2.2 model. "
                                "Each run takes about a minute and costs about US$0.09 of Segmind credits.</p>"
                                "<p>To generate, you need a Segmind API key: sign in at "
                                "<a href=\"https://cloud.segmind.com\">cloud.segmind.com</a>, open <b>API Keys</b>, "
                                "create a key and paste it below. It is kept in your system keychain, never in a file.</p>"),
                             this);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    layout->addWidget(intro);

    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(QStringLiteral("SG_…"));
    m_key->setAccessibleName(tr("API key"));
    keyLabel->setBuddy(m_key);
    auto *test = new QPushButton(tr("&Test key"), this);
    test->setAccessibleName(tr("Test key"));
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(test);
    layout->addLayout(keyRow);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_sessionOnly = new QCheckBox(tr("Keep the key for this session only"), this);
    m_sessionOnly->setAccessibleName(m_sessionOnly->text());
    if (!keychainProblem.isEmpty()) {
        m_sessionOnly->setChecked(true);
        m_sessionOnly->setEnabled(false);
        auto *note = new QLabel(keychainProblem + QLatin1Char(' ')
                                    + tr("Wan Studio never stores the key in a plain file, so it will be kept for this session only."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_sessionOnly);

    auto *buttons = new QDialogButtonBox(this);
    m_useKey = buttons->addButton(tr("&Use this key"), QDialogButtonBox::AcceptRole);
    m_useKey->setAccessibleName(tr("Use this key"));
    m_useKey->setEnabled(false);
    QPushButton *demo = buttons->addButton(tr("Try the local &demo"), QDialogButtonBox::ActionRole);
    demo->setAccessibleName(tr("Try the local demo"));
    demo->setToolTip(demoAvailable ? tr("Runs a local stand-in for Segmind: real clips of a test pattern over your image, no AI, no credits.")
                                   : tr("The local demo server is not installed with this copy of Wan Studio."));
    demo->setEnabled(demoAvailable);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setAccessibleName(tr("Later"));
    layout->addWidget(buttons);

    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_useKey->setEnabled(!text.trimmed().isEmpty());
        if (!text.trimmed().isEmpty() && !api::ApiKey::looksValid(text.trimmed()))
            m_result->setText(tr("Segmind keys start with SG_ followed by 16 letters and digits; check for a missing character."));
        else
            m_result->clear();
    });
    connect(test, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Testing…"));
        emit testKeyRequested(key());
    });
    connect(m_useKey, &QPushButton::clicked, this, [this] {
        m_choice = Choice::UseKey;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
}

QString WelcomeDialog::key() const
{
    return m_key->text().trimmed();
}

bool WelcomeDialog::sessionOnly() const
{
    return m_sessionOnly->isChecked();
}

void WelcomeDialog::setKeyTestResult(bool ok, const QString &text)
{
    m_result->setText(ok ? tr("✓ %1").arg(text) : tr("✗ %1").arg(text));
}

} // namespace wan::ui
