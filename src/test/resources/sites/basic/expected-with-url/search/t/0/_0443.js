window.__sitegenSearch("t/0/_0443",{"украіна":[13,9]});
