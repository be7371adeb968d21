window.__sitegenSearch("t/0/h",{"hand":[11,1],"harbour":[2,17],"harvest":[8,19],"higher":[9,1],"hold":[9,16],"http":[9,1],"hundr":[5,3,2,1]});
