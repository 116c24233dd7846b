"""入住/装修 tab: handovers (入伙) and renovations (装修) with inspections and deposits."""
