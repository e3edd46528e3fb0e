"""Patient-education handouts: the medicine schedule (pill card), topic handouts and summaries, printed offline as PDFs."""
