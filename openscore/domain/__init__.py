"""The pure domain: evidence about releases, rubrics, and the scorer. No I/O here."""
