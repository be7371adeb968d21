window.__sitegenSearch("t/0/_062c",{"جديد":[3,16]});
