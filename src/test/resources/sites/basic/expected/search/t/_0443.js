window.__sitegenSearch("t/_0443",{"украіна":[4,9]});
