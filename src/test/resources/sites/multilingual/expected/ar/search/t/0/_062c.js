window.__sitegenSearch("t/0/_062c",{"جديد":[1,16]});
