"""StreamField blocks of lesson pages."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(
        label=_("Uploaded video file"), required=False, help_text=_("MP4 or WebM.")
    )
    embed = EmbedBlock(label=_("Or embed from a URL"), required=False)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_("Full text of what is said and shown, for people who cannot watch or hear."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("embed")):
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(_("Choose either an uploaded file or an embed URL."))
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class H5PBlock(blocks.StructBlock):
    package = SnippetChooserBlock("courses.H5PPackage", label=_("H5P activity"))
    instructions = blocks.CharBlock(label=_("Instructions"), required=False, max_length=300)

    class Meta:
        icon = "form"
        label = _("H5P activity")
        template = "courses/blocks/h5p.html"


class LegalReferenceBlock(blocks.StructBlock):
    act = blocks.CharBlock(label=_("Act"), max_length=300)
    article = blocks.CharBlock(label=_("Article"), max_length=200, required=False)
    journal = blocks.CharBlock(label=_("Journal reference"), max_length=200, required=False)
    status_as_of = blocks.DateBlock(label=_("Status as of"))
    note = blocks.TextBlock(label=_("Note"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Legal reference")
        template = "courses/blocks/legal_reference.html"


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    points = blocks.ListBlock(
        blocks.CharBlock(max_length=500, label=_("Point")), label=_("Points"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "courses/blocks/key_points.html"


class ScenarioAnswerBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Possible answer"))
    good = blocks.BooleanBlock(label=_("Good practice"), required=False)
    explanation = blocks.TextBlock(label=_("Explanation"))


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    client_says = blocks.TextBlock(label=_("What the client says"))
    answers = blocks.ListBlock(
        ScenarioAnswerBlock(label=_("Answer")), label=_("Answers"), min_num=2
    )

    class Meta:
        icon = "group"
        label = _("Service scenario")
        template = "courses/blocks/scenario.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-empty"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Kind"),
        widget=forms.RadioSelect,
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Text"))
    image = ImageBlock()
    video = VideoBlock()
    h5p = H5PBlock()
    legal_reference = LegalReferenceBlock()
    key_points = KeyPointsBlock()
    scenario = ScenarioBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
