#pragma once

#include "Actor.h"
#include "CommentRepository.h"
#include "Expected.h"
#include "FrameStore.h"
#include "LibraryTypes.h"

#include <QHash>
#include <QImage>
#include <QUndoGroup>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QSplitter;
class QToolButton;

namespace kenshu {

class AnnotationDocument;
class AnnotationRepository;
class DiscussionPanel;
class PaintToolBar;
class PdfPane;
class ViewerWidget;

// The case page: a strip of the case's series and PDFs on the left, the viewer with cine
// controls, a PDF pane when a PDF is open, and the discussion on the right. A series plays as
// one sequence of all its instances' frames (an XA run is usually one multi-frame instance; a
// CT or MR series one instance per slice).
class ViewerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewerWindow)

public:
    ViewerWindow(const QString& dataDir, const CaseEntry& entry,
                 const QHash<QString, QImage>& thumbnails, QWidget* parent = nullptr);

    void showSeries(const QString& seriesInstanceUid);
    ViewerWidget* viewer() const { return m_viewer; }
    PaintToolBar* paintToolBar() const { return m_paintBar; }
    AnnotationRepository* annotationStore() const { return m_annotationStore; }

    // Adds the case's comment thread, acting as `actor` (the signed-in user).
    void showDiscussion(const Actor& actor, const QString& actorName);
    DiscussionPanel* discussion() const { return m_discussion; }
    PdfPane* pdfPane() const { return m_pdf; }
    void openDocument(const QUuid& documentId);
    // Jumps to the series and frame a painted comment was made on and shows its drawing there,
    // as vectors over the live image.
    void showCommentDrawing(const Comment& comment);
    // A closed case: no drawing (the discussion panel handles its own part).
    bool isReadOnly() const { return m_readOnly; }

private:
    void attachDrawings(const QString& seriesInstanceUid);
    void saveSnapshot();
    void exportGsps();
    void updateFrameControls();
    void fillWindowPresets();
    std::optional<PaintedFrame> paintOnShownFrame() const;
    void applyCommentJump();
    void updatePaintDescription();
    void setReadOnly(bool readOnly);
    void distributeWidth();

    QString m_dataDir;
    QUuid m_caseId;
    QHash<QString, QList<FrameSource>> m_seriesFiles; // series UID -> its instances, in order
    QHash<QString, QString> m_studyOfSeries;          // series UID -> study UID
    QList<DocumentEntry> m_documents;
    ViewerWidget* m_viewer = nullptr;
    QListWidget* m_strip = nullptr;
    QToolButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_frameLabel = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QCheckBox* m_loop = nullptr;
    QComboBox* m_presets = nullptr;
    PaintToolBar* m_paintBar = nullptr;
    AnnotationRepository* m_annotationStore = nullptr;
    QHash<QString, AnnotationDocument*> m_drawings; // series UID -> its drawings, once loaded
    QUndoGroup m_undoGroup;
    QSplitter* m_splitter = nullptr;
    DiscussionPanel* m_discussion = nullptr;
    PdfPane* m_pdf = nullptr;
    std::optional<Comment> m_pendingJump; // waits for its series to open
    bool m_readOnly = false;
};

} // namespace kenshu
