#include "CasePanel.h"

#include "CaseContentModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

CasePanel::CasePanel(QWidget* parent) : QWidget(parent), m_model(new CaseContentModel(this))
{
    m_pages = new QStackedWidget(this);

    auto* placeholder = new QLabel(tr("Select a case to see its studies and PDFs."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);

    auto* details = new QWidget(this);
    m_title = new QLabel(details);
    m_title->setObjectName(u"caseTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(details);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(details);
    m_counts->setEnabled(false);
    m_tree = new QTreeView(details);
    m_tree->setObjectName(u"caseContent"_s);
    m_tree->setModel(m_model);
    m_tree->setIconSize(QSize(72, 72));
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CaseContentModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(CaseContentModel::ModalityColumn), int(CaseContentModel::DateColumn),
                       int(CaseContentModel::CountColumn)})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QUuid document =
            index.siblingAtColumn(0).data(CaseContentModel::DocumentIdRole).toUuid();
        if (!document.isNull()) {
            emit documentActivated(document);
            return;
        }
        QString series = index.siblingAtColumn(0).data(CaseContentModel::SeriesUidRole).toString();
        if (series.isEmpty()) {
            const QModelIndex firstChild = m_model->index(0, 0, index.siblingAtColumn(0));
            series = firstChild.data(CaseContentModel::SeriesUidRole).toString();
        }
        if (!series.isEmpty())
            emit seriesActivated(series);
    });
    m_tree->setToolTip(tr("Double-click a series or a PDF to open the case page."));

    auto* newReport = new QPushButton(tr("New report for this case…"), details);
    newReport->setObjectName(u"caseNewReport"_s);
    connect(newReport, &QPushButton::clicked, this, &CasePanel::newReportRequested);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(newReport);

    auto* layout = new QVBoxLayout(details);
    layout->addLayout(titleRow);
    layout->addWidget(m_note);
    layout->addWidget(m_counts);
    layout->addWidget(m_tree, 1);
    m_pages->addWidget(details);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
}

void CasePanel::showCase(const CaseEntry& entry, const QHash<QString, QImage>& thumbnails)
{
    m_caseId = entry.id;
    m_case = entry;
    m_thumbnails = thumbnails;
    m_title->setText(entry.title);
    m_note->setText(entry.note);
    m_note->setVisible(!entry.note.isEmpty());
    int series = 0;
    int frames = 0;
    for (const StudyEntry& study : entry.studies) {
        series += int(study.series.size());
        frames += study.frameCount();
    }
    m_counts->setText(tr("%n study(ies)", nullptr, int(entry.studies.size())) + u" · "_s +
                      tr("%n series", nullptr, series) + u" · "_s +
                      tr("%n frame(s)", nullptr, frames) + u" · "_s +
                      tr("%n PDF(s)", nullptr, int(entry.documents.size())));
    m_model->setCase(entry, thumbnails);
    m_tree->expandAll();
    m_pages->setCurrentIndex(1);
}

void CasePanel::showNothing()
{
    m_caseId = QUuid();
    m_case = CaseEntry();
    m_thumbnails.clear();
    m_model->clearCase();
    m_pages->setCurrentIndex(0);
}

} // namespace kenshu
