"""HR registry and compliance: certificate lists, the compliance matrix, exports, the training record."""
