#include "ImportDialog.h"

#include "CaseTitle.h"
#include "FileDialogs.h"
#include "PathListWidget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

ImportDialog::ImportDialog(const QStringList& existingTitles, const QString& memberNumber,
                           QWidget* parent)
    : QDialog(parent), m_existingTitles(existingTitles)
{
    setWindowTitle(tr("New case"));
    buildUi(true);
    m_memberNumber->setText(memberNumber);
    proposeTitle();
    updateState();
}

ImportDialog::ImportDialog(const CaseSummary& existingCase, QWidget* parent)
    : QDialog(parent), m_caseId(existingCase.id)
{
    setWindowTitle(tr("Add study to %1").arg(existingCase.title));
    buildUi(false);
    m_title->setText(existingCase.title);
    m_note->setPlainText(existingCase.note);
    updateState();
}

void ImportDialog::buildUi(bool newCase)
{
    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"caseTitle"_s);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"caseNote"_s);
    m_note->setPlaceholderText(tr("Optional: a short note on the case"));
    m_note->setMaximumHeight(80);
    m_titleMessage = new QLabel(this);
    m_titleMessage->setObjectName(u"titleMessage"_s);
    m_titleMessage->setWordWrap(true);
    if (newCase) {
        m_memberNumber = new QLineEdit(this);
        m_memberNumber->setObjectName(u"memberNumber"_s);
        m_memberNumber->setPlaceholderText(tr("e.g. 123456"));
        m_memberNumber->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z]{0,16}"_s), this));
        form->addRow(tr("&Member number:"), m_memberNumber);
        connect(m_memberNumber, &QLineEdit::textEdited, this, [this] {
            m_titleTouched = false;
            proposeTitle();
            updateState();
        });
        connect(m_title, &QLineEdit::textEdited, this, [this] {
            m_titleTouched = true;
            updateState();
        });
    } else {
        m_title->setReadOnly(true);
        m_note->setReadOnly(true);
    }
    form->addRow(tr("Case &title:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Note:"), m_note);

    m_paths = new PathListWidget(this);
    m_paths->setObjectName(u"importPaths"_s);
    m_paths->setToolTip(tr("Drop DICOM files, a CD folder with a DICOMDIR, or PDFs here."));
    connect(m_paths, &PathListWidget::pathsChanged, this, &ImportDialog::updateState);
    auto* addFilesButton = new QPushButton(tr("Add &files…"), this);
    auto* addFolderButton = new QPushButton(tr("Add f&older…"), this);
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    connect(addFilesButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(removeButton, &QPushButton::clicked, m_paths, &PathListWidget::removeSelected);
    auto* pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFilesButton);
    pathButtons->addWidget(addFolderButton);
    pathButtons->addWidget(removeButton);
    pathButtons->addStretch();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    auto* hint = new QLabel(tr("DICOM files, whole folders (a cath-lab CD with its DICOMDIR) and "
                               "PDFs. Files are sorted into studies and series automatically."),
                            this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Files and folders to import:"), this));
    layout->addLayout(pathRow, 1);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    resize(640, 520);
}

void ImportDialog::proposeTitle()
{
    if (!m_memberNumber || m_titleTouched)
        return;
    const QString member = m_memberNumber->text().trimmed();
    if (!isValidMemberNumber(member)) {
        m_title->clear();
        return;
    }
    const std::optional<int> sequence = nextFreeCaseSequence(member, m_existingTitles);
    m_title->setText(sequence ? CaseTitle{member, *sequence}.toString() : QString());
}

void ImportDialog::updateState()
{
    const QString title = m_title->text().trimmed();
    QString message;
    bool titleOk = true;
    if (m_caseId.isNull()) {
        message = caseTitleProblem(title);
        titleOk = message.isEmpty();
        if (titleOk && m_existingTitles.contains(title))
            message = tr("A case with this title exists: the files will be added to it.");
        if (m_memberNumber && isValidMemberNumber(m_memberNumber->text().trimmed()) &&
            !nextFreeCaseSequence(m_memberNumber->text().trimmed(), m_existingTitles)) {
            message = tr("All 999 case numbers of this member number are in use.");
        }
    }
    m_titleMessage->setText(message);
    m_titleMessage->setVisible(!message.isEmpty());
    const bool havePaths = !m_paths->paths().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(titleOk && havePaths);
}

void ImportDialog::addFiles()
{
    const QStringList files = FileDialogs::openFiles(
        this, tr("Choose DICOM or PDF files"), QDir::homePath(),
        tr("DICOM and PDF files (*.dcm *.DCM *.dicom *.pdf *.PDF DICOMDIR *);;All files (*)"));
    if (!files.isEmpty())
        m_paths->addPaths(files);
}

void ImportDialog::addFolder()
{
    const QString folder =
        FileDialogs::existingFolder(this, tr("Choose a folder or CD"), QDir::homePath());
    if (!folder.isEmpty())
        m_paths->addPaths({folder});
}

void ImportDialog::addPaths(const QStringList& paths)
{
    m_paths->addPaths(paths);
}

QString ImportDialog::memberNumber() const
{
    return m_memberNumber ? m_memberNumber->text().trimmed() : QString();
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.caseId = m_caseId;
    request.caseTitle = m_title->text().trimmed();
    request.caseNote = m_note->toPlainText().trimmed();
    request.paths = m_paths->paths();
    request.actor = memberNumber();
    return request;
}

} // namespace kenshu
