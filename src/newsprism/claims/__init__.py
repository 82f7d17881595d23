"""Claims: check-worthy statements with normalized slots. (Exports of reviewed flags, ClaimReview included,
are in ``newsprism.report.citations``.)"""

from newsprism.claims.components import ClaimsComponent
from newsprism.claims.extract import extract_claims, parse_quantity

__all__ = ["ClaimsComponent", "extract_claims", "parse_quantity"]
