"""Places: offline gazetteer, geopy geocoders, admin1 regions and territorial control."""
