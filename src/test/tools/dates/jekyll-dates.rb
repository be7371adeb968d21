# usage: TZ=UTC ruby jekyll-dates.rb FILE   (Debian: apt-get install jekyll; prints LINE|u|instant for date: LINE and LINE|q|instant for date: "LINE")
# Jekyll 4.3.1's own reading of `date: VALUE` in a post: its YAML loader, then Document#merge_date!
# (Utils.parse_date(data["date"].to_s)), in the site time zone given by TZ.
require "jekyll"
File.readlines(ARGV[0], chomp: true).each do |c|
  %w(u q).each do |k|
    yaml = k == "u" ? "date: #{c}\n" : "date: \"#{c}\"\n"
    r = begin
      v = Jekyll::Utils.safe_load_yaml(yaml)["date"]
      Jekyll::Utils.parse_date(v.to_s).utc.strftime("%Y-%m-%dT%H:%M:%S.%LZ")
    rescue StandardError, Psych::Exception => e
      "ERROR #{e.class}"
    end
    puts "#{c}|#{k}|#{r}"
  end
end
