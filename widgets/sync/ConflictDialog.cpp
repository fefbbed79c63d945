#include "ConflictDialog.h"

#include "ConflictValueText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

enum Column { FieldColumn, LocalColumn, ServerColumn, ChoiceColumn, ColumnCount };

const QColor kDifferingBackground(0xff, 0xf3, 0xcd);

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                          : QString();
}

} // namespace

ConflictDialog::ConflictDialog(Record local, SyncIssue issue, std::optional<FormSchema> schema,
                               QString language, QWidget* parent)
    : QDialog(parent), m_local(std::move(local)), m_issue(std::move(issue)),
      m_schema(std::move(schema)), m_language(std::move(language))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Resolve a sync conflict"));

    const std::optional<Record>& server = m_issue.serverVersion;
    const QString title = m_local.data.value(u"title"_s).toString();
    auto* heading =
        new QLabel(tr("<b>%1</b> was changed here and on the server.")
                       .arg((title.isEmpty() ? (m_schema ? m_schema->title.text(m_language)
                                                         : recordTypeName(m_local.type))
                                             : title)
                                .toHtmlEscaped()),
                   this);
    heading->setWordWrap(true);
    QString detail = m_issue.message;
    if (server && !server->deleted)
        detail += u' ' + tr("The server's version was saved by %1 at %2.")
                             .arg(server->updatedBy, timeText(server->updatedAt));
    else
        detail += u' ' + tr("The server no longer has this record (it was deleted there).");
    if (m_local.deleted)
        detail += u' ' + tr("On this device it was deleted.");
    auto* explanation = new QLabel(detail, this);
    explanation->setWordWrap(true);
    auto* howTo = new QLabel(tr("Fields that differ are highlighted. Keep your version, take the "
                                "server's, or choose per field and merge. Nothing is lost until "
                                "you decide."),
                             this);
    howTo->setWordWrap(true);
    howTo->setStyleSheet(u"color: palette(placeholder-text);"_s);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("On this device (yours)"), tr("On the server"), tr("Use")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LocalColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);

    m_onlyDiffering = new QCheckBox(tr("Show only fields that differ"), this);
    connect(m_onlyDiffering, &QCheckBox::toggled, this, [this](bool only) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->setRowHidden(row, only && !m_rows[row].differs());
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_keepLocal = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_takeServer = buttons->addButton(tr("Take the server's"), QDialogButtonBox::ActionRole);
    m_merge = buttons->addButton(tr("Merge as chosen"), QDialogButtonBox::ActionRole);
    // No default: Enter must not pick a side.
    for (QPushButton* button : {m_keepLocal, m_takeServer, m_merge})
        button->setAutoDefault(false);
    m_merge->setEnabled(canMerge());
    if (!canMerge())
        m_merge->setToolTip(tr("One of the versions is a deletion: keep one of them."));
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { finish(Outcome::KeepLocal); });
    connect(m_takeServer, &QPushButton::clicked, this, [this] { finish(Outcome::TakeServer); });
    connect(m_merge, &QPushButton::clicked, this, [this] { finish(Outcome::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(howTo);
    layout->addWidget(m_onlyDiffering);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fillTable();
    // What differs is what needs a decision; the rest is a click away.
    m_onlyDiffering->setChecked(!differingKeys().isEmpty());
    resize(1000, 640);
}

ConflictDialog::~ConflictDialog() = default;

bool ConflictDialog::canMerge() const
{
    return m_issue.serverVersion && !m_issue.serverVersion->deleted && !m_local.deleted;
}

void ConflictDialog::fillTable()
{
    const QJsonObject server = m_issue.serverVersion ? m_issue.serverVersion->data : QJsonObject();
    QStringList order;
    if (m_schema) {
        for (const FormField* field : m_schema->fields())
            order.append(field->id);
    }
    m_rows = conflictFields(m_local.data, server, order);
    const FormSchema* schema = m_schema ? &*m_schema : nullptr;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const ConflictField& field = m_rows[row];
        auto* label = new QTableWidgetItem(conflictFieldLabel(field, schema, m_language));
        label->setData(Qt::UserRole, field.key);
        auto* mine =
            new QTableWidgetItem(conflictValueText(field, field.local, schema, m_language));
        auto* theirs =
            new QTableWidgetItem(conflictValueText(field, field.server, schema, m_language));
        m_table->setItem(row, FieldColumn, label);
        m_table->setItem(row, LocalColumn, mine);
        m_table->setItem(row, ServerColumn, theirs);
        if (!field.differs()) {
            m_table->setItem(row, ChoiceColumn, new QTableWidgetItem(tr("same")));
            m_table->item(row, ChoiceColumn)
                ->setForeground(QPalette().brush(QPalette::PlaceholderText));
            continue;
        }
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        for (QTableWidgetItem* item : {label, mine, theirs})
            item->setBackground(kDifferingBackground);
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), int(MergeSide::Local));
        choice->addItem(tr("Server's"), int(MergeSide::Server));
        choice->setEnabled(canMerge());
        m_table->setCellWidget(row, ChoiceColumn, choice);
        m_choices.insert(field.key, choice);
    }
    m_table->resizeRowsToContents();
}

QStringList ConflictDialog::differingKeys() const
{
    QStringList keys;
    for (const ConflictField& row : m_rows) {
        if (row.differs())
            keys.append(row.key);
    }
    return keys;
}

void ConflictDialog::choose(const QString& key, MergeSide side)
{
    if (QComboBox* box = m_choices.value(key))
        box->setCurrentIndex(box->findData(int(side)));
}

QJsonObject ConflictDialog::mergedData() const
{
    QHash<QString, MergeSide> choices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        choices.insert(it.key(), MergeSide(it.value()->currentData().toInt()));
    return kenshu::mergedData(
        m_local.data, m_issue.serverVersion ? m_issue.serverVersion->data : QJsonObject(), choices);
}

void ConflictDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    accept();
}

} // namespace kenshu
