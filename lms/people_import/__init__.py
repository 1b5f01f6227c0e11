"""Import and export of people as CSV, in the shape Polish offices produce it.

The import is planned first (a dry run lists what would be created, changed and
deactivated, and every bad line with its number and reason) and applied all-or-nothing.
The export writes the ``aktywny`` column too, so an export imported back changes nothing.

``parse`` reads the file (encoding, delimiter, header, cells), ``plan`` builds the
:class:`ImportPlan`, ``apply`` writes it, ``export`` writes the CSV. Import from this
package: ``from lms.people_import import plan_import``. Access rules on top (who may change
whose sign-in identity) are in ``lms.services.people_import_plan``.
"""

from .apply import apply_import, people_imported
from .export import export_people, neutralise_formula
from .parse import EXPORT_HEADER, FIELDS, OPTIONAL_FIELDS, ImportFileError, decode, read_rows
from .plan import ImportPlan, PlannedChange, RowError, plan_import

# The former private name (certificates.compliance.exports still imports it).
_export_cell = neutralise_formula

__all__ = [
    "EXPORT_HEADER",
    "FIELDS",
    "OPTIONAL_FIELDS",
    "ImportFileError",
    "ImportPlan",
    "PlannedChange",
    "RowError",
    "apply_import",
    "decode",
    "export_people",
    "neutralise_formula",
    "people_imported",
    "plan_import",
    "read_rows",
]
