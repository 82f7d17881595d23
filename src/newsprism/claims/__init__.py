"""Claims: check-worthy statements with normalized slots, and their ClaimReview JSON-LD export."""

from newsprism.claims.components import ClaimsComponent
from newsprism.claims.extract import extract_claims, parse_quantity
from newsprism.claims.jsonld import claims_jsonld

__all__ = ["ClaimsComponent", "claims_jsonld", "extract_claims", "parse_quantity"]
