"""Content-Security-Policy for every HTML page (django-csp).

The site's pages get a strict policy: scripts and styles only from the platform's own files
(plus a per-request nonce for the rare inline script), no plugins, no framing by others. The
Wagtail admin needs inline styles and a few inline scripts of Wagtail's own, so it gets the
same policy with those allowed. Responses that set their own policy (H5P player documents and
package files) keep it.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)


def admin_directives() -> dict:
    site = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return {
        **site,
        # Wagtail's admin writes style attributes and a few inline scripts of its own; a nonce
        # in the list would make browsers ignore 'unsafe-inline', so the admin has none.
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*site["img-src"], "blob:"],
    }


class KadraCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = admin_directives()
            parts.nonce = None
        return parts
