"""Where model entries come from: data files, the Hub, other openness databases."""
