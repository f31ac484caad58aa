// Reasoning Gym's GSM-Symbolic templates 25 to 49, written again in TypeScript from
// reasoning_gym/arithmetic/gsm_symbolic/generators_00_49.py (commit 49b07130):
// for each template, `generateN` draws the variables as RG's generate_example does and `solveN`
// computes the answer and writes the question and worked answer as RG's generate_from_variables.

import {
  Fraction,
  fixed,
  floatRepr,
  floorDiv,
  formatNumber,
  fractionValue,
  gcd,
  isInteger,
  mod,
  type PyRandom,
  percent,
  pyRound,
  range,
} from "./python.js";
import type { GsmSolution, GsmTemplate } from "./solution.js";

function solve25(
  food: string,
  calories: number,
  size: number,
  servings: number,
  totalTarget: number,
  consumed: number,
  unit: string,
): GsmSolution {
  const caloriesLeft = totalTarget - consumed;
  const servingFraction = new Fraction(caloriesLeft, calories);
  const gramsPerServing = floorDiv(size, servings);
  const gramsAllowed = Fraction.of(gramsPerServing).mul(servingFraction);
  const question = `According to its nutritional info, a bag of ${food} has ${calories} calories per serving. If a ${size} ${unit} bag has ${servings} servings, how many ${unit} can you eat if your daily calorie target is ${totalTarget} and you have already consumed ${consumed} calories?`;
  const answerCot = `If the total calorie target is ${totalTarget} and I have consumed ${consumed} calories then I have ${totalTarget}-${consumed} = ${caloriesLeft} calories left to eat\nIf each serving of ${food} has ${calories} calories and I only have ${caloriesLeft} calories left to eat, then I can only eat ${caloriesLeft}/${calories} of a serving = ${servingFraction} of a serving\nWe also know that a ${size} ${unit} bag of ${food} has ${servings} servings, hence each serving has ${size} ${unit}/${servings} = ${gramsPerServing} ${unit}\nIf I can only eat ${servingFraction} of a serving, then I can eat only ${gramsPerServing} * ${servingFraction} = ${gramsAllowed} ${unit}\n#### ${floatRepr(gramsAllowed.valueOf())}`;
  return {
    question,
    answer: formatNumber(gramsAllowed.valueOf()),
    answer_cot: answerCot,
    answer_value: gramsAllowed.valueOf(),
    variables: {
      food,
      calories,
      size,
      servings,
      total_target: totalTarget,
      consumed,
      unit,
      calories_left: caloriesLeft,
      grams_per_serving: gramsPerServing,
      serving_fraction: servingFraction,
    },
  };
}

function generate25(rng: PyRandom, difficulty: number): GsmSolution {
  const foods = ["popcorn", "breads", "cookies"];
  const units = ["grams", "ounces", "oz"];
  const food = rng.choice(foods);
  const unit = rng.choice(units);
  const servings = rng.randint(4, Math.min(Math.trunc(8 * difficulty), 6));
  const baseSize = rng.randint(4, Math.min(Math.trunc(16 * difficulty), 12));
  const size = baseSize * servings;
  const calories = 25 * rng.randint(6, Math.min(Math.trunc(20 * difficulty), 16));
  const consumed = 25 * rng.randint(24, Math.min(Math.trunc(72 * difficulty), 60));
  const requiredMultiplier = rng.randint(1, 3);
  const caloriesNeeded = requiredMultiplier * calories;
  let totalTarget = consumed + caloriesNeeded;
  if (totalTarget < 1900) {
    totalTarget = 1900 + (caloriesNeeded - (1900 - totalTarget));
  }
  totalTarget = 5 * floorDiv(totalTarget, 5);
  return solve25(food, calories, size, servings, totalTarget, consumed, unit);
}

function solve26(
  n: number,
  ballType: string,
  color: string,
  frac1: number,
  frac2: number,
): GsmSolution {
  const firstCalc = Math.trunc(n * frac1);
  const finalCalc = Math.trunc(firstCalc * frac2);
  const question = `A juggler can juggle ${n} balls. ${percent(frac1, 0)} of the balls are ${ballType} balls, and ${percent(frac2, 0)} of the ${ballType} balls are ${color}. How many ${color} ${ballType} balls are there?`;
  const answerCot = `${ballType} balls:${n} * ${floatRepr(frac1)}=${firstCalc}\n${color} ${ballType} balls:${firstCalc}*${floatRepr(frac2)}=${finalCalc} balls\n#### ${finalCalc}`;
  return {
    question,
    answer: formatNumber(finalCalc),
    answer_cot: answerCot,
    answer_value: finalCalc,
    variables: {
      total_balls: n,
      ball_type: ballType,
      color,
      fraction_first: frac1,
      fraction_second: frac2,
      first_calculation: firstCalc,
      final_calculation: finalCalc,
    },
  };
}

function generate26(rng: PyRandom, difficulty: number): GsmSolution {
  const ballTypes = ["golf", "tennis"];
  const colors = ["blue", "red", "green", "yellow", "white"];
  const fractions = [0.5, 0.25, 0.75];
  const ballType = rng.choice(ballTypes);
  const color = rng.choice(colors);
  const frac1 = rng.choice(fractions);
  const frac2 = rng.choice(fractions);
  let n = rng.randint(10, Math.trunc(100 * difficulty));
  while (!isInteger(n * frac1) || !isInteger(n * frac1 * frac2)) {
    n = rng.randint(10, Math.trunc(100 * difficulty));
  }
  return solve26(n, ballType, color, frac1, frac2);
}

function solve27(
  name: string,
  n: number,
  nFirst: number,
  apartmentsEach: number,
  percentBigger: number,
  freq: number,
  rate: number,
  currency: string,
): GsmSolution {
  const firstTwo = nFirst * apartmentsEach;
  const thirdComplex = Math.trunc((firstTwo * percentBigger) / 100);
  const totalApartments = firstTwo + thirdComplex + firstTwo;
  const weeklyVisits = totalApartments * freq;
  const weeklyEarnings = pyRound(weeklyVisits * rate, 2);
  const question = `${name} collects garbage from ${n} different apartment complexes. The first ${nFirst} have ${apartmentsEach} apartments each and the last one is ${percentBigger}% bigger than the other ${nFirst} combined. ${name} collects garbage ${freq} times a week from each place and he gets paid ${currency}${fixed(rate, 2)} per collection for each apartment. How much money does he make in a week?`;
  const answerCot = `The first ${nFirst} complexes have ${firstTwo} apartments\nThe third one has ${firstTwo}*${floatRepr(percentBigger / 100)}=${thirdComplex} more apartments than those ${nFirst} combined\nSo in total, it has ${firstTwo}+${thirdComplex}=${firstTwo + thirdComplex} apartments\nSo he goes to ${firstTwo + thirdComplex}+${firstTwo}=${totalApartments} apartments each time\nThat means he visits ${totalApartments}*${freq}=${weeklyVisits} apartments every week\nSo he makes ${weeklyVisits}*${currency}${fixed(rate, 2)}=${currency}${floatRepr(weeklyEarnings)} every week\n#### ${floatRepr(weeklyEarnings)}`;
  return {
    question,
    answer: formatNumber(weeklyEarnings),
    answer_cot: answerCot,
    answer_value: weeklyEarnings,
    variables: {
      name,
      num_complexes: n,
      first_complexes: nFirst,
      apartments_per_complex: apartmentsEach,
      percent_increase: percentBigger,
      collections_per_week: freq,
      rate_per_apartment: rate,
      currency,
      total_apartments: totalApartments,
      weekly_visits: weeklyVisits,
    },
  };
}

function generate27(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "Robert", "William"];
  const currencies = ["$", "£", "€"];
  const name = rng.choice(names);
  const currency = rng.choice(currencies);
  const n = rng.randint(3, Math.max(3, Math.trunc(8 * difficulty)));
  const nFirst = n - 1;
  let apartments = rng.randrange(100, Math.trunc(500 * difficulty), 50);
  let percent = rng.randrange(20, Math.trunc(81 * difficulty), 5);
  const freq = rng.randint(2, Math.max(2, Math.trunc(6 * difficulty)));
  const rates = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  const rate = rng.choice(rates);
  while (!isInteger(((n - 1) * apartments * percent) / 100)) {
    apartments = rng.randrange(100, Math.trunc(500 * difficulty), 50);
    percent = rng.randrange(20, Math.trunc(81 * difficulty), 5);
  }
  return solve27(name, n, nFirst, apartments, percent, freq, rate, currency);
}

function solve28(
  name: string,
  item: string,
  price: number,
  percent: number,
  usage: number,
  extraItem: string,
  extraPrice: number,
  currency: string,
  unit: string,
): GsmSolution {
  const priceIncrease = (price * percent) / 100;
  const newPrice = price + priceIncrease;
  const weeklyUsage = usage * 7;
  const coffeeCost = newPrice * weeklyUsage;
  const totalCost = coffeeCost + extraPrice;
  const question = `${name} goes to the store to buy some ${item}. The normal brand of ${item} he buys costs ${currency}${price} per ${unit}. He had to buy a more expensive brand that costs ${percent}% more since his favorite brand was sold out. He decides to buy a week's worth of ${item} and he uses ${usage} ${unit} of ${item} per day. He also decided to buy himself a ${extraItem} for ${currency}${extraPrice}. How much did everything cost?`;
  const answerCot = `The ${item} he bought was ${price}*${floatRepr(percent / 100)}=${floatRepr(priceIncrease)} more expensive per ${unit} than what he normally buys\nSo it cost ${price}+${floatRepr(priceIncrease)}=${floatRepr(newPrice)} per ${unit}\nHe goes through ${usage}*7=${weeklyUsage} ${unit}s of ${item} a week\nSo he paid ${floatRepr(newPrice)}*${weeklyUsage}=${floatRepr(coffeeCost)} on ${item}\nThat means his total bill was ${floatRepr(coffeeCost)}+${extraPrice}=${floatRepr(totalCost)}\n#### ${Math.trunc(totalCost)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(totalCost)),
    answer_cot: answerCot,
    answer_value: Math.trunc(totalCost),
    variables: {
      name,
      item,
      base_price: price,
      percent_increase: percent,
      usage_per_day: usage,
      extra_item: extraItem,
      extra_price: extraPrice,
      currency,
      unit,
      weekly_usage: weeklyUsage,
      total_cost: totalCost,
    },
  };
}

function generate28(rng: PyRandom, difficulty: number): GsmSolution {
  const namesMale = ["John", "Michael", "David", "James", "Robert", "William", "Richard", "Thomas"];
  const items = ["tea", "sugar", "flour", "rice"];
  const currenciesSym = ["$", "£", "€"];
  const units = ["kilogram", "kg"];
  const extraItems = ["cookie", "muffin", "bagel"];
  const name = rng.choice(namesMale);
  const item = rng.choice(items);
  const currency = rng.choice(currenciesSym);
  const unit = rng.choice(units);
  const extraItem = rng.choice(extraItems);
  let price = rng.randint(3, Math.trunc(25 * difficulty));
  const percent = rng.randint(2, Math.trunc(10 * difficulty)) * 5;
  const usage = rng.randint(1, Math.trunc(3 * difficulty));
  const extraPrice = rng.randint(1, Math.trunc(5 * difficulty));
  while ((price * percent) / 100 !== Math.trunc((price * percent) / 100)) {
    price = rng.randint(3, Math.trunc(25 * difficulty));
  }
  return solve28(name, item, price, percent, usage, extraItem, extraPrice, currency, unit);
}

function solve29(
  name1: string,
  name2: string,
  n1: number,
  n2: number,
  k1: number,
  k2: number,
): GsmSolution {
  const totalPuppies = n1 + n2;
  const spottedPuppies = k1 + k2;
  const percentage = Math.trunc((100 * spottedPuppies) / totalPuppies);
  const question = `${name1}'s dog has ${n1} puppies, ${k1} of which have spots. ${name2}'s dog has ${n2} puppies, ${k2} of which have spots. What percentage of all the puppies have spots?`;
  const answerCot = `First find the total number of puppies: ${n1} puppies + ${n2} puppies = ${totalPuppies} puppies\nThen find the total number of puppies with spots: ${k1} puppies + ${k2} puppies = ${spottedPuppies} puppies\nThen divide the number of spotted puppies by the total number of puppies and multiply by 100% to find the percentage of puppies with spots: ${spottedPuppies} puppies / ${totalPuppies} puppies * 100% = ${percentage}%\n#### ${percentage}`;
  return {
    question,
    answer: formatNumber(percentage),
    answer_cot: answerCot,
    answer_value: percentage,
    variables: {
      name1,
      name2,
      puppies1: n1,
      puppies2: n2,
      spotted1: k1,
      spotted2: k2,
      total_puppies: totalPuppies,
      total_spotted: spottedPuppies,
    },
  };
}

function generate29(rng: PyRandom, difficulty: number): GsmSolution {
  const names = [
    "Jennifer",
    "Michael",
    "Christopher",
    "Jessica",
    "Matthew",
    "Ashley",
    "Joshua",
    "Amanda",
    "Daniel",
    "David",
    "James",
    "Robert",
    "John",
    "Joseph",
  ];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const k1 = 10 * rng.randint(17, Math.min(Math.trunc(29 * difficulty), 25));
  const k2 = 10 * rng.randint(12, Math.min(Math.trunc(17 * difficulty), 15));
  const totalK = k1 + k2;
  const minTotalN = Math.max(1350, totalK * 3);
  const maxTotalN = 1700;
  let minMultiplier = floorDiv(minTotalN + totalK - 1, totalK);
  let maxMultiplier = floorDiv(maxTotalN, totalK);
  if (maxMultiplier < minMultiplier) {
    minMultiplier = 3;
    maxMultiplier = 4;
  }
  const multiplier = rng.randint(minMultiplier, maxMultiplier);
  const totalN = totalK * multiplier;
  const minN1 = Math.max(950, floorDiv(totalN, 2));
  const maxN1 = Math.min(Math.trunc(1050 * difficulty), totalN - 400);
  let n1: number;
  if (minN1 >= maxN1) {
    n1 = floorDiv(totalN, 2) + 50;
  } else {
    n1 = 5 * rng.randint(floorDiv(minN1, 5), floorDiv(maxN1, 5));
  }
  const n2 = totalN - n1;
  return solve29(name1, name2, n1, n2, k1, k2);
}

function solve30(
  group: string,
  n: number,
  n1: number,
  n2: number,
  hobby1: string,
  hobby2: string,
  hobby3: string,
  hobby4: string,
): GsmSolution {
  const n4 = 2 * n2;
  const n3 = n - (n1 + n2 + n4);
  const question = `A ${group} of ${n} students has various hobbies. ${n1} like to ${hobby1}, ${n2} like to play ${hobby2}, and the rest like to either ${hobby3} or ${hobby4}. How many like to ${hobby3} if the number that like to ${hobby4} is twice the number that prefer playing ${hobby2}?`;
  const answerCot = `The number of students that like to ${hobby4} is twice as many as the number who like ${hobby2}, so 2 * ${n2} = ${n4}\nThe number that like to ${hobby3} is ${n} total students - ${n1} ${hobby1} - ${n2} ${hobby2} - ${n4} ${hobby4} = ${n3}\n#### ${n3}`;
  return {
    question,
    answer: formatNumber(n3),
    answer_cot: answerCot,
    answer_value: n3,
    variables: {
      group_type: group,
      total_students: n,
      hobby1_count: n1,
      hobby2_count: n2,
      hobby3_count: n3,
      hobby4_count: n4,
      hobby1,
      hobby2,
      hobby3,
      hobby4,
    },
  };
}

function generate30(rng: PyRandom, difficulty: number): GsmSolution {
  const groups = ["group", "class"];
  const hobbies = ["read", "paint", "hike", "dance", "bake", "play video games", "play music"];
  const sports = ["basketball", "soccer", "tennis", "baseball", "volleyball"];
  const group = rng.choice(groups);
  const hobby2 = rng.choice(sports);
  const [hobby1, hobby3, hobby4] = rng.sample(
    hobbies.filter((h) => ![hobby2].includes(h)),
    3,
  ) as [string, string, string];
  let n = rng.randint(20, Math.trunc(200 * difficulty));
  let n2 = rng.randint(2, floorDiv(n, 6));
  let n1 = rng.randint(2, floorDiv(n, 3));
  while (n1 + 3 * n2 >= n) {
    n = rng.randint(20, Math.trunc(200 * difficulty));
    n2 = rng.randint(2, floorDiv(n, 6));
    n1 = rng.randint(2, floorDiv(n, 3));
  }
  return solve30(group, n, n1, n2, hobby1, hobby2, hobby3, hobby4);
}

function solve31(
  name: string,
  fruit: string,
  total: number,
  n1: number,
  n2: number,
  n3: number,
  sibling1: string,
  sibling2: string,
): GsmSolution {
  const slice2 = n1 + n2;
  const slice3 = slice2 + n3;
  const totalEaten = n1 + slice2 + slice3;
  const question = `${name} sliced an ${fruit} into ${total} pieces. She ate ${n1} slice, her ${sibling1} ate ${n2} more than her, and her ${sibling2} ate ${n3} more than her ${sibling1}. How many slices of ${fruit} did they all eat?`;
  const answerCot = `Her ${sibling1} ate ${n1} + ${n2} = ${slice2} slices.\nHer ${sibling2} ate ${slice2} + ${n3} = ${slice3} slices.\nThey ate a total of ${n1} + ${slice2} + ${slice3} = ${totalEaten} slices.\n#### ${totalEaten}`;
  return {
    question,
    answer: formatNumber(totalEaten),
    answer_cot: answerCot,
    answer_value: totalEaten,
    variables: {
      name,
      fruit,
      total_slices: total,
      first_person_slices: n1,
      second_person_extra: n2,
      third_person_extra: n3,
      sibling1,
      sibling2,
      total_eaten: totalEaten,
    },
  };
}

function generate31(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte", "Doxa"];
  const fruits = ["orange", "pear", "peach", "mango", "kiwi", "apple"];
  const siblings = ["brother", "sister", "cousin", "friend"];
  const name = rng.choice(namesFemale);
  const fruit = rng.choice(fruits);
  const [sibling1, sibling2] = rng.sample(siblings, 2) as [string, string];
  const minN1 = 3;
  const [minN2, maxN2] = [5, Math.trunc(13 * difficulty)];
  const [minN3, maxN3] = [3, Math.trunc(14 * difficulty)];
  const minTotal = 3 * minN1 + 2 * minN2 + minN3;
  const total = rng.randint(minTotal, Math.trunc(33 * difficulty));
  const n1 = minN1;
  let remaining = total - 3 * n1;
  const maxPossibleN2 = Math.min(maxN2, floorDiv(remaining, 2));
  const n2 = rng.randint(minN2, Math.max(minN2, maxPossibleN2));
  remaining -= 2 * n2;
  const maxPossibleN3 = Math.min(maxN3, remaining);
  const n3 = rng.randint(minN3, Math.max(minN3, maxPossibleN3));
  return solve31(name, fruit, total, n1, n2, n3, sibling1, sibling2);
}

function solve32(
  name: string,
  periods: number,
  extraClasses: number,
  minsPerClass: number,
  days: number,
  weekendFraction: number,
): GsmSolution {
  const totalClasses = periods + extraClasses;
  const dailyMins = totalClasses * minsPerClass;
  const weeklyMins = dailyMins * days;
  const weekendMins = Math.trunc(weeklyMins * weekendFraction);
  const totalMins = weeklyMins + 2 * weekendMins;
  const totalHours = floorDiv(totalMins, 60);
  const question = `There are ${periods} periods in the day for a normal student but ${name} has to take ${extraClasses} extra classes. Each class is ${minsPerClass} minutes long. He goes to class for ${days} days a week. He then spends ${floatRepr(weekendFraction)} of his weekday class time minutes each on Saturday and Sunday as extra learning time. How many hours a week does he spend learning?`;
  const answerCot = `He takes ${periods}+${extraClasses}=${totalClasses} classes a day\nThat means he spends ${minsPerClass}*${totalClasses}=${dailyMins} minutes per day in class\nSo he spends ${dailyMins}*${days}=${weeklyMins} minutes a week\nThat means he spends ${weeklyMins}*${floatRepr(weekendFraction)}=${weekendMins} minutes each on Saturday and Sunday\nSo he spends ${weeklyMins}+${weekendMins}+${weekendMins}=${totalMins} minutes per week\nSo he spends ${totalMins}/60=${totalHours} hours per week\n#### ${totalHours}`;
  return {
    question,
    answer: formatNumber(totalHours),
    answer_cot: answerCot,
    answer_value: totalHours,
    variables: {
      name,
      periods,
      extra_classes: extraClasses,
      mins_per_class: minsPerClass,
      days,
      weekend_fraction: weekendFraction,
      total_classes: totalClasses,
      daily_mins: dailyMins,
      weekly_mins: weeklyMins,
      weekend_mins: weekendMins,
      total_mins: totalMins,
    },
  };
}

function generate32(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "James", "William", "Michael", "David", "Richard", "Thomas"];
  const fractions = ["1/16", "1/8", "1/4", "1/2"];
  const name = rng.choice(names);
  let periods = rng.randint(5, Math.trunc(10 * difficulty));
  let extraClasses = rng.randint(1, Math.trunc(5 * difficulty));
  let minsPerClass = rng.randrange(30, Math.trunc(61 * difficulty), 5);
  let days = rng.randint(4, Math.trunc(7 * difficulty));
  const weekendFraction = fractionValue(rng.choice(fractions));
  while (
    !(
      Number.isInteger((periods + extraClasses) * minsPerClass * days * weekendFraction) &&
      Number.isInteger(
        ((periods + extraClasses) * minsPerClass * days +
          2 * (periods + extraClasses) * minsPerClass * days * weekendFraction) /
          60,
      )
    )
  ) {
    periods = rng.randint(5, Math.trunc(10 * difficulty));
    extraClasses = rng.randint(1, Math.trunc(5 * difficulty));
    minsPerClass = rng.randrange(30, Math.trunc(61 * difficulty), 5);
    days = rng.randint(4, Math.trunc(7 * difficulty));
  }
  return solve32(name, periods, extraClasses, minsPerClass, days, weekendFraction);
}

function solve33(name1: string, name2: string, mult: number, n: number): GsmSolution {
  const nMult = n * mult;
  const dailyTotal = n + nMult;
  const weeklyTotal = dailyTotal * 7;
  const question = `${name1} operates the cash register exactly ${mult} times as fast as her less-experienced colleague ${name2}. Daily, ${name2} processes ${n} customers. What is the total weekly production for the two if they work all days of the week?`;
  const answerCot = `While ${name2} is processing ${n} orders in a day, ${name1} processes ${n} orders/day * ${mult} = ${nMult} orders/day.\nIn a day, they process ${nMult} orders/day + ${n} orders/day = ${dailyTotal} orders together.\nThe total number of orders the two processes in a week is ${dailyTotal} orders/day * 7 days/week = ${weeklyTotal} orders\n#### ${weeklyTotal}`;
  return {
    question,
    answer: formatNumber(weeklyTotal),
    answer_cot: answerCot,
    answer_value: weeklyTotal,
    variables: {
      name1,
      name2,
      multiplier: mult,
      base_rate: n,
      fast_rate: nMult,
      daily_total: dailyTotal,
      weekly_total: weeklyTotal,
    },
  };
}

function generate33(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = [
    "Julie",
    "Sarah",
    "Emma",
    "Sophia",
    "Olivia",
    "Isabella",
    "Mia",
    "Charlotte",
  ];
  const multiTimes = [2, 3, 4];
  const [name1, name2] = rng.sample(namesFemale, 2) as [string, string];
  const mult = rng.choice(multiTimes);
  const minN = 30;
  const maxN = Math.trunc(100 * difficulty);
  const validN = [];
  for (let potentialN = minN; potentialN < maxN + 1; potentialN++) {
    if (mod(potentialN * (1 + mult), 7) === 0) {
      validN.push(potentialN);
    }
  }
  let n: number;
  if (validN.length === 0) {
    n = floorDiv(minN, 7) * 7 + 7;
  } else {
    n = rng.choice(validN);
  }
  return solve33(name1, name2, mult, n);
}

function solve34(
  event: string,
  item: string,
  family: string,
  n: number,
  m: number,
  total: number,
): GsmSolution {
  const twinsTotal = 2 * n;
  const remaining = total - twinsTotal;
  const friendsFound = remaining - m;
  const question = `The ${event} team hid ${total} ${item}. The ${family} twins each found ${n} ${item}. All the other ${item} except ${m} were found by their friends. How many ${item} did the friends find?`;
  const answerCot = `The ${family} twins found, ${n} * 2 = ${twinsTotal} ${item}.\nThe number that remained hidden was ${total} - ${twinsTotal} = ${remaining} ${item}\nSince ${m} ${item} were not found, this means the friends found ${remaining} - ${m} = ${friendsFound} ${item}\n#### ${friendsFound}`;
  return {
    question,
    answer: formatNumber(friendsFound),
    answer_cot: answerCot,
    answer_value: friendsFound,
    variables: {
      event,
      item,
      family,
      items_per_twin: n,
      unfound_items: m,
      total_items: total,
      twins_total: twinsTotal,
      friends_found: friendsFound,
    },
  };
}

function generate34(rng: PyRandom, difficulty: number): GsmSolution {
  const events = ["Halloween candy hunt", "Treasure hunt", "Scavenger hunt", "Charity fundraiser"];
  const items = ["eggs", "treats", "toys", "coins", "tokens", "balls", "candies", "goodies"];
  const families = ["Johnson", "Williams", "Mirzakhani", "Lopez", "Garcia", "Lee"];
  const event = rng.choice(events);
  const item = rng.choice(items);
  const family = rng.choice(families);
  const total = rng.randrange(50, Math.trunc(201 * difficulty), 10);
  let n = rng.randint(10, Math.trunc(51 * difficulty));
  let m = rng.randint(5, Math.trunc(21 * difficulty));
  while (2 * n + m >= total) {
    n = rng.randint(10, Math.trunc(51 * difficulty));
    m = rng.randint(5, Math.trunc(21 * difficulty));
  }
  return solve34(event, item, family, n, m, total);
}

function solve35(
  job: string,
  building: string,
  room: string,
  numRooms: number,
  numDays: number,
  timePerRoom: number,
  hoursPerDay: number,
): GsmSolution {
  const roomsPerDay = floorDiv(numRooms, numDays);
  const minutesPerDay = roomsPerDay * timePerRoom;
  const hoursCleaning = minutesPerDay / 60;
  const percentage = Math.trunc((100 * hoursCleaning) / hoursPerDay);
  const question = `A ${job} has to clean a ${building} with ${numRooms} ${room}s. They have ${numDays} days to get it done. It takes them ${timePerRoom} minutes per ${room}. If they work ${hoursPerDay} hour day, what percentage of their day, on average, is spent cleaning ${room}s?`;
  const answerCot = `They have to clean ${roomsPerDay} ${room}s a day because ${numRooms} / ${numDays} = ${roomsPerDay}\nThey spend ${minutesPerDay} minutes cleaning per day because ${roomsPerDay} x ${timePerRoom} = ${minutesPerDay}\nThey spend ${floatRepr(hoursCleaning)} hours a day because ${minutesPerDay} / 60 = ${floatRepr(hoursCleaning)}\nThey spend ${floatRepr(hoursCleaning / hoursPerDay)} of their day cleaning ${room}s because ${floatRepr(hoursCleaning)} / ${hoursPerDay} = ${floatRepr(hoursCleaning / hoursPerDay)}\nThey spend ${percentage}% of their day cleaning ${room}s because ${floatRepr(hoursCleaning / hoursPerDay)} x 100 = ${percentage}\n#### ${percentage}`;
  return {
    question,
    answer: formatNumber(percentage),
    answer_cot: answerCot,
    answer_value: percentage,
    variables: {
      job,
      building,
      room,
      num_rooms: numRooms,
      num_days: numDays,
      time_per_room: timePerRoom,
      hours_per_day: hoursPerDay,
      rooms_per_day: roomsPerDay,
      minutes_per_day: minutesPerDay,
      hours_cleaning: hoursCleaning,
      percentage,
    },
  };
}

function generate35(rng: PyRandom): GsmSolution {
  const jobs = ["janitor", "cleaner", "maintenance worker"];
  const buildings = ["office building", "hospital", "university"];
  const rooms = ["room", "floor"];
  const job = rng.choice(jobs);
  const building = rng.choice(buildings);
  const room = rng.choice(rooms);
  const hoursPerDay = rng.randint(6, 17);
  const targetPercentage = rng.randint(20, 80);
  const roomsPerDay = rng.randint(2, 8);
  let timePerRoom = floorDiv(targetPercentage * hoursPerDay * 60, 100 * roomsPerDay);
  for (;;) {
    const minutesPerDay = roomsPerDay * timePerRoom;
    const hoursCleaning = minutesPerDay / 60;
    const actualPercentage = Math.trunc((100 * hoursCleaning) / hoursPerDay);
    if (actualPercentage === targetPercentage) {
      break;
    }
    timePerRoom += 1;
    if (timePerRoom > 300) {
      throw new Error("Could not find valid time_per_room");
    }
  }
  const numDays = rng.randint(3, 12);
  const numRooms = roomsPerDay * numDays;
  return solve35(job, building, room, numRooms, numDays, timePerRoom, hoursPerDay);
}

function solve36(
  n: number,
  p1: number,
  r1: number,
  name: string,
  s1: string,
  s2: string,
  s3: string,
): GsmSolution {
  const easyQuestions = Math.trunc(n * (p1 / 100));
  const otherQuestions = Math.trunc(n * (1 - p1 / 100));
  const easyCorrect = Math.trunc(easyQuestions * (r1 / 100));
  const otherCorrect = Math.trunc(otherQuestions * 0.5);
  const totalCorrect = easyCorrect + otherCorrect;
  const question = `In a ${n}-item quiz, ${p1}% of the questions are ${s1}, and the rest are equally divided as ${s2} and ${s3} questions. If ${name} is sure to get ${r1}% of the ${s1} questions, and half of the ${s2} and ${s3} questions correctly, how many points is she sure to get?`;
  const answerCot = `The ${s2} and ${s3} questions comprises 100% - ${p1}% = ${100 - p1}% of the quiz.\nThere are ${n} questions x ${p1}/100 = ${easyQuestions} ${s1} questions.\nThere are a total of ${n} questions x ${100 - p1}/100 = ${otherQuestions} ${s2} and ${s3} questions.\nIf ${name} is sure to get ${r1}% of the ${s1} questions, then this means she is sure of her ${easyQuestions} questions x ${r1}/100 = ${easyCorrect} points.\nFrom the ${s2} and ${s3} questions, she is sure to get half of it correctly so that is ${otherQuestions} questions * 0.5 = ${otherCorrect} points.\nThus, she is sure of getting ${easyCorrect} points + ${otherCorrect} points = ${totalCorrect} points in her quiz.\n#### ${totalCorrect}`;
  return {
    question,
    answer: formatNumber(totalCorrect),
    answer_cot: answerCot,
    answer_value: totalCorrect,
    variables: {
      total_questions: n,
      easy_percent: p1,
      easy_correct_percent: r1,
      student_name: name,
      easy_subject: s1,
      medium_subject: s2,
      hard_subject: s3,
      easy_questions: easyQuestions,
      other_questions: otherQuestions,
      easy_correct: easyCorrect,
      other_correct: otherCorrect,
    },
  };
}

function generate36(rng: PyRandom, difficulty: number): GsmSolution {
  const subjects = [
    "history",
    "geography",
    "biology",
    "chemistry",
    "physics",
    "economics",
    "literature",
    "algebra",
    "geometry",
  ];
  const names = ["Emma", "Sophia", "Olivia", "Ava", "Isabella", "Mia", "Charlotte"];
  let n: number;
  let p1: number;
  let r1: number;
  for (;;) {
    n = rng.randrange(10, Math.trunc(151 * difficulty), 10);
    p1 = rng.randrange(5, Math.trunc(71 * difficulty), 5);
    r1 = rng.randrange(5, Math.trunc(101 * difficulty), 5);
    if (
      isInteger(n * (p1 / 100)) &&
      isInteger(n * (p1 / 100) * (r1 / 100)) &&
      isInteger(n * (1 - p1 / 100) * 0.5)
    ) {
      break;
    }
  }
  const name = rng.choice(names);
  const [s1, s2, s3] = rng.sample(subjects, 3) as [string, string, string];
  return solve36(n, p1, r1, name, s1, s2, s3);
}

function solve37(
  worker: string,
  base: number,
  unit: string,
  tool1: string,
  tool2: string,
  tool3: string,
  mult1: number,
  mult2: number,
  n: number,
  days: number,
): GsmSolution {
  const ironAmount = base * mult1;
  const steelAmount = Math.trunc(ironAmount * (1 + mult2 / 100));
  const dailyTotal = steelAmount * n;
  const totalAmount = dailyTotal * days;
  const question = `One ${worker} can mine ${base} ${unit} of ore per day with ${tool1}. He can mine ${mult1} times as much with a ${tool2} and ${mult2}% more with a ${tool3} than with a ${tool2}. How many ${unit} of ore can ${n} ${worker}s with ${tool3}s mine in a month with ${days} days?`;
  const answerCot = `First find how much ore a ${worker} can mine with a ${tool2}: ${base} ${unit}/day * ${mult1} = ${ironAmount} ${unit}/day\nThen multiply that amount by ${100 + mult2}% to find how much a ${worker} can mine with a ${tool3}: ${ironAmount} ${unit}/day * ${100 + mult2}% = ${steelAmount} ${unit}/day\nThen multiply the amount one ${worker} can mine in a day with a ${tool3} by the number of ${worker}s: ${steelAmount} ${unit}/day/${worker} * ${n} ${worker}s = ${dailyTotal} ${unit}/day\nThen multiply the daily amount of ore by the number of days to find the total ore mined in a month: ${dailyTotal} ${unit}/day * ${days} days = ${totalAmount} ${unit}/day\n#### ${totalAmount}`;
  return {
    question,
    answer: formatNumber(totalAmount),
    answer_cot: answerCot,
    answer_value: totalAmount,
    variables: {
      worker,
      base_amount: base,
      unit,
      tool1,
      tool2,
      tool3,
      mult1,
      mult2,
      num_workers: n,
      num_days: days,
      iron_amount: ironAmount,
      steel_amount: steelAmount,
      daily_total: dailyTotal,
    },
  };
}

function generate37(rng: PyRandom, difficulty: number): GsmSolution {
  const workers = ["miner", "goblin", "gnome", "troll"];
  const tools1 = ["bare hands", "basic shovel", "wooden pickaxe"];
  const units = ["pounds", "kgs"];
  const tools2 = ["nickel pickaxe", "bronze pickaxe", "silver pickaxe"];
  const tools3 = ["steel pickaxe", "diamond pickaxe", "mithril pickaxe", "titanium pickaxe"];
  const worker = rng.choice(workers);
  const tool1 = rng.choice(tools1);
  const unit = rng.choice(units);
  const tool2 = rng.choice(tools2);
  const tool3 = rng.choice(tools3);
  const mult2 = 5 * rng.randint(6, Math.min(Math.trunc(16 * difficulty), 12));
  const mult1 = rng.randint(2, Math.min(Math.trunc(4 * difficulty), 3));
  const baseCandidates = [];
  for (let b = 5; b < Math.min(Math.trunc(20 * difficulty), 15); b++) {
    if (isInteger(b * mult1 * (1 + mult2 / 100))) {
      baseCandidates.push(b);
    }
  }
  let base: number;
  if (baseCandidates.length === 0) {
    base = 4;
  } else {
    base = rng.choice(baseCandidates);
  }
  const intermediate = base * mult1 * (1 + mult2 / 100);
  const maxPossibleN = floorDiv(100000, intermediate * 31);
  const maxN = Math.min(Math.trunc(50 * difficulty), maxPossibleN, 40);
  const n = rng.randint(20, Math.max(21, maxN));
  const days = rng.randint(28, 32);
  return solve37(worker, base, unit, tool1, tool2, tool3, mult1, mult2, n, days);
}

function solve38(
  name: string,
  count: number,
  childType: string,
  item1: string,
  item2: string,
  item3: string,
  item4: string,
  item5: string,
  n1: number,
  n2: number,
  n3: number,
  n4: number,
  n5: number,
): GsmSolution {
  const skeinsPerChild = n1 + n2 + n3 + n4 + n5;
  const totalSkeins = count * skeinsPerChild;
  const question = `${name} is knitting winter wear for her ${count} grandchildren. They're ${childType}, so they're all the same size. She wants to make a ${item1}, ${item2}, ${item3}, ${item4}, and ${item5} for each of them. It takes ${n1} skeins of wool to make a ${item1}, ${n2} for a ${item2}, ${n3} for a ${item3}, ${n4} for a pair of ${item4}, and ${n5} for a pair of ${item5}. How many skeins of wool will she need to buy?`;
  const answerCot = `A full outfit for each child will require ${n1} skeins per ${item1} + ${n2} skeins per ${item2} + ${n3} skeins per ${item3} + ${n4} skeins per pair of ${item4} + ${n5} skeins per pair of ${item5} = ${skeinsPerChild} skeins of wool.\nSo to knit outfits for all of her grandchildren, she will need ${count} * ${skeinsPerChild} = ${totalSkeins} skeins of wool.\n#### ${totalSkeins}`;
  return {
    question,
    answer: formatNumber(totalSkeins),
    answer_cot: answerCot,
    answer_value: totalSkeins,
    variables: {
      name,
      count,
      child_type: childType,
      items: [item1, item2, item3, item4, item5],
      skeins_per_item: [n1, n2, n3, n4, n5],
      skeins_per_child: skeinsPerChild,
      total_skeins: totalSkeins,
    },
  };
}

function generate38(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Martha", "Mary", "Elizabeth", "Susan", "Margaret", "Patricia"];
  const clothingItems = [
    "sweater",
    "shawl",
    "hat",
    "cardigan",
    "poncho",
    "vest",
    "beanie",
    "tunic",
  ];
  const accessories = ["mittens", "booties", "socks", "leg warmers", "gloves"];
  const childrenTypes: [string, number][] = [
    ["twins", 2],
    ["triplets", 3],
    ["quadruplets", 4],
    ["quintuplets", 5],
  ];
  const name = rng.choice(namesFemale);
  const [childType, count] = rng.choice(childrenTypes);
  const [item1, item2, item3] = rng.sample(clothingItems, 3) as [string, string, string];
  const [item4, item5] = rng.sample(accessories, 2) as [string, string];
  const n1 = rng.randint(3, Math.trunc(19 * difficulty));
  const n2 = rng.randint(3, Math.trunc(19 * difficulty));
  const n3 = rng.randint(3, Math.trunc(19 * difficulty));
  const n4 = rng.randint(3, Math.trunc(19 * difficulty));
  const n5 = rng.randint(3, Math.trunc(19 * difficulty));
  return solve38(name, count, childType, item1, item2, item3, item4, item5, n1, n2, n3, n4, n5);
}

function solve39(
  total: number,
  grade: string,
  schoolName: string,
  numGirls: number,
  day: string,
  absentGirls: number,
  absentBoys: number,
): GsmSolution {
  const numBoys = total - numGirls;
  const remainingBoys = numBoys - absentBoys;
  const question = `There are ${total} ${grade}-graders at ${schoolName} School. ${numGirls} of them are girls. On ${day}, ${absentGirls} ${grade}-grade girls and ${absentBoys} ${grade}-grade boys were absent. How many ${grade} grade boys were at ${schoolName} School on ${day}?`;
  const answerCot = `Of the ${total} ${grade} graders, ${numGirls} are girls, so ${total} students - ${numGirls} girls = ${numBoys} boys.\nOn ${day} there were ${numBoys} boys - ${absentBoys} absent = ${remainingBoys} boys.\n#### ${remainingBoys}`;
  return {
    question,
    answer: formatNumber(remainingBoys),
    answer_cot: answerCot,
    answer_value: remainingBoys,
    variables: {
      total_students: total,
      grade,
      school_name: schoolName,
      num_girls: numGirls,
      num_boys: numBoys,
      day,
      absent_girls: absentGirls,
      absent_boys: absentBoys,
      remaining_boys: remainingBoys,
    },
  };
}

function generate39(rng: PyRandom, difficulty: number): GsmSolution {
  const schoolNames = ["Maple Grove", "Sunny Hill", "Oak Ridge", "Pine Valley"];
  const grades = ["first", "second", "third", "fourth", "fifth"];
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const schoolName = rng.choice(schoolNames);
  const grade = rng.choice(grades);
  const day = rng.choice(days);
  const minTotal = 40;
  const maxTotal = Math.min(Math.trunc(200 * difficulty), 150);
  const total = rng.randint(minTotal, maxTotal);
  const minGirls = 20;
  const maxGirls = total - 20;
  const numGirls = rng.randint(minGirls, maxGirls);
  const numBoys = total - numGirls;
  const maxAbsentGirls = Math.min(floorDiv(numGirls, 4), Math.trunc(10 * difficulty), 8);
  const maxAbsentBoys = Math.min(floorDiv(numBoys, 4), Math.trunc(10 * difficulty), 8);
  const absentGirls = rng.randint(2, Math.max(3, maxAbsentGirls));
  const absentBoys = rng.randint(2, Math.max(3, maxAbsentBoys));
  return solve39(total, grade, schoolName, numGirls, day, absentGirls, absentBoys);
}

function solve40(
  item: string,
  n1: number,
  c1: string,
  c2: string,
  c3: string,
  p: number,
): GsmSolution {
  const moreCards = Math.trunc((p / 100) * n1);
  const n2 = n1 + moreCards;
  const n3 = n1 + n2;
  const total = n3 + n3;
  const question = `In a set of ${item}'s cards, there are ${n1} ${c1} cards, and ${p}% more ${c2} cards. ${c3} cards are as many as the sum of ${c1} and ${c2} cards. How many cards of all mentioned colors are there?`;
  const answerCot = `There are ${p}/100 * ${n1} = ${moreCards} more ${c2} cards than ${c1} cards.\nWhich means there are ${n1} + ${moreCards} = ${n2} ${c2} cards.\n${c3} cards make up to ${n1} + ${n2} = ${n3} cards.\nSo in total, there are ${n3} + ${n3} = ${total} cards of different colors.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: { item, n1, c1, c2, c3, p, more_cards: moreCards, total },
  };
}

function generate40(rng: PyRandom, difficulty: number): GsmSolution {
  const items = ["magician", "artist", "chef", "scientist", "athlete"];
  const colors = ["red", "blue", "green", "yellow", "purple", "orange"];
  const item = rng.choice(items);
  const [c1, c2, c3] = rng.sample(colors, 3) as [string, string, string];
  const maxAttempts = 100;
  let attempts = 0;
  let factors: number[] = [];
  let n1 = 0;
  while (attempts < maxAttempts) {
    attempts += 1;
    n1 = floorDiv(rng.randint(20, Math.trunc(81 * difficulty)), 1) * 1;
    factors = range(20, Math.min(90, Math.trunc(100 * difficulty)) + 1).filter(
      (p) => mod(p * n1, 100) === 0,
    );
    if (factors.length > 0) {
      break;
    }
  }
  if (factors.length === 0) {
    throw new Error("Could not find valid factors after maximum attempts");
  }
  const p = rng.choice(factors);
  return solve40(item, n1, c1, c2, c3, p);
}

function convertFractionWord41(fractionStr: string) {
  const fractionWords: Record<string, string> = { half: "1/2", "one-half": "1/2", quarter: "1/4" };
  return fractionWords[fractionStr.toLowerCase()] ?? fractionStr;
}

function solve41(
  name: string,
  event: string,
  organization: string,
  fraction: string,
  current: number,
  total: number,
  currency: string,
): GsmSolution {
  fraction = convertFractionWord41(fraction);
  const fractionVal = Fraction.parse(fraction);
  const orgAmount = Fraction.of(total).mul(fractionVal).trunc();
  const coveredAmount = orgAmount + current;
  const missingAmount = total - coveredAmount;
  const question = `${name} is raising money for a ${event}. He has applied for help from the ${organization}, which has decided to cover ${fraction} of the cost of the ${event}. How much money is ${name} missing if he has ${currency}${current} and the ${event} costs ${currency}${total}?`;
  const answerCot = `${name}'s ${organization} has decided to pay ${total} * ${fraction} = ${currency}${orgAmount} for his ${event}.\nIn total ${name} has covered ${orgAmount} + ${current} = ${currency}${coveredAmount} for his ${event}\nTherefore, ${name} needs ${total} - ${coveredAmount} = ${currency}${missingAmount} more for the ${event}.\n#### ${missingAmount}`;
  return {
    question,
    answer: formatNumber(missingAmount),
    answer_cot: answerCot,
    answer_value: missingAmount,
    variables: {
      name,
      event,
      organization,
      fraction,
      current_amount: current,
      total_cost: total,
      currency,
      org_contribution: orgAmount,
      covered_amount: coveredAmount,
    },
  };
}

function generate41(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "William", "Robert", "Joseph"];
  const events = [
    "field trip",
    "sports tournament",
    "conference",
    "music festival",
    "science fair",
  ];
  const organizations = [
    "school",
    "community center",
    "local charity",
    "youth club",
    "parent association",
  ];
  const currencies = ["$", "€", "£"];
  const fractions = ["half", "1/2", "one-half"];
  const name = rng.choice(names);
  const event = rng.choice(events);
  const organization = rng.choice(organizations);
  const currency = rng.choice(currencies);
  let fraction = rng.choice(fractions);
  fraction = convertFractionWord41(fraction);
  const fracVal = Fraction.parse(fraction);
  let total = rng.randrange(200, Math.trunc(1000 * difficulty), 10);
  let orgContribution = Fraction.of(total).mul(fracVal).trunc();
  let maxCurrent = total - orgContribution - 50;
  if (maxCurrent < 10) {
    total = Math.trunc((orgContribution + 60) * 1.5);
    orgContribution = Fraction.of(total).mul(fracVal).trunc();
    maxCurrent = total - orgContribution - 50;
  }
  let current = rng.randrange(10, Math.min(Math.trunc(200 * difficulty), maxCurrent), 5);
  while (!isInteger(Fraction.of(total).mul(fracVal)) || orgContribution + current >= total) {
    total = rng.randrange(200, Math.trunc(1000 * difficulty), 10);
    orgContribution = Fraction.of(total).mul(fracVal).trunc();
    maxCurrent = total - orgContribution - 50;
    if (maxCurrent < 10) {
      total = Math.trunc((orgContribution + 60) * 1.5);
      orgContribution = Fraction.of(total).mul(fracVal).trunc();
      maxCurrent = total - orgContribution - 50;
    }
    current = rng.randrange(10, Math.min(Math.trunc(200 * difficulty), maxCurrent), 5);
  }
  return solve41(name, event, organization, fraction, current, total, currency);
}

function solve42(
  title: string,
  name: string,
  propertyType: string,
  price: number,
  fee1Name: string,
  fee1Percent: number,
  fee2Name: string,
  fee2Percent: number,
  loan: number,
): GsmSolution {
  const fee1Amount = floorDiv(price * fee1Percent, 100);
  const fee2Amount = floorDiv(price * fee2Percent, 100);
  const totalFees = fee1Amount + fee2Amount + loan;
  const netProceeds = price - totalFees;
  const question = `${title} ${name} sold his ${propertyType} for $${price}. He paid the ${fee1Name} fees that amount to ${fee1Percent}% of the selling price and also paid a ${fee2Name} fee that is ${fee2Percent}% of the selling price. If he also paid $${loan} for the remaining loan amount of the ${propertyType}, how much is ${title} ${name}'s net proceeds from selling the ${propertyType}?`;
  const answerCot = `${title} ${name} paid $${price} x ${fee1Percent}/100 = $${fee1Amount} for the ${fee1Name} fees.\nHe paid $${price} x ${fee2Percent}/100 = $${fee2Amount} for the ${fee2Name} fee.\nSo, ${title} ${name} paid a total of $${fee1Amount} + $${fee2Amount} + $${loan} = $${totalFees} for the ${fee1Name}, ${fee2Name}, and loan fees.\nHence, ${title} ${name}'s net proceeds is $${price} - $${totalFees} = $${netProceeds}.\n#### ${netProceeds}`;
  return {
    question,
    answer: formatNumber(netProceeds),
    answer_cot: answerCot,
    answer_value: netProceeds,
    variables: {
      title,
      name,
      property_type: propertyType,
      price,
      fee1_name: fee1Name,
      fee1_percent: fee1Percent,
      fee2_name: fee2Name,
      fee2_percent: fee2Percent,
      loan,
      fee1_amount: fee1Amount,
      fee2_amount: fee2Amount,
      total_fees: totalFees,
      net_proceeds: netProceeds,
    },
  };
}

function generate42(rng: PyRandom, difficulty: number): GsmSolution {
  const titles = ["Mr.", "Prof.", "Dr."];
  const names = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
  ];
  const properties = ["house", "apartment", "condo", "villa", "cottage"];
  const fee1Names = ["transfer", "registration", "legal"];
  const fee2Names = ["brokerage", "agent", "realtor"];
  const title = rng.choice(titles);
  const name = rng.choice(names);
  const propertyType = rng.choice(properties);
  const fee1Name = rng.choice(fee1Names);
  const fee2Name = rng.choice(fee2Names);
  const fee1Percent = rng.randint(1, Math.min(Math.trunc(5 * difficulty), 10));
  const fee2Percent = rng.randint(2, Math.min(Math.trunc(7 * difficulty), 12));
  const totalFeePercent = fee1Percent + fee2Percent;
  const maxLoan = Math.min(Math.trunc(700000 * difficulty), 2000000);
  const loan = 10000 * rng.randint(10, floorDiv(maxLoan, 10000));
  const minPriceFromLoan = loan + 100000;
  const minPriceFromFees = Math.trunc((loan + 1000) / (1 - totalFeePercent / 100));
  let minPrice = Math.max(200000, minPriceFromLoan, minPriceFromFees);
  let maxPrice = Math.min(Math.trunc(1000000 * difficulty), 3000000);
  if (maxPrice <= minPrice) {
    maxPrice = minPrice + 500000;
  }
  minPrice = 10000 * floorDiv(minPrice, 10000);
  maxPrice = 10000 * floorDiv(maxPrice, 10000);
  const price = 10000 * rng.randint(floorDiv(minPrice, 10000), floorDiv(maxPrice, 10000));
  return solve42(
    title,
    name,
    propertyType,
    price,
    fee1Name,
    fee1Percent,
    fee2Name,
    fee2Percent,
    loan,
  );
}

function solve43(
  person1: string,
  item: string,
  n: number,
  relation: string,
  k: number,
): GsmSolution {
  const otherAmount = n - k;
  const total = n + otherAmount;
  const question = `A ${person1} has ${n} ${item}s. His ${relation} has ${k} fewer ${item}s than he has. How many ${item}s do they have together?`;
  const answerCot = `His ${relation} has ${n} - ${k} = ${otherAmount} ${item}s.\nTogether, they have ${n} + ${otherAmount} = ${total} ${item}s.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      person1,
      item,
      first_amount: n,
      relation,
      difference: k,
      second_amount: otherAmount,
      total,
    },
  };
}

function generate43(rng: PyRandom, difficulty: number): GsmSolution {
  const people = ["student", "boy", "child", "kid"];
  const items = ["marble", "sticker", "toy", "book", "pencil"];
  const relations = ["sister", "brother", "friend", "cousin"];
  const person1 = rng.choice(people);
  const item = rng.choice(items);
  const relation = rng.choice(relations);
  const n = rng.randint(5, Math.trunc(21 * difficulty));
  const k = rng.randint(2, Math.min(n - 1, Math.trunc(10 * difficulty)));
  return solve43(person1, item, n, relation, k);
}

function solve44(
  store: string,
  color1: string,
  color2: string,
  color3: string,
  n1: number,
  n2: number,
  n3: number,
  p1: number,
  p2: number,
  p3: number,
  currency: string,
): GsmSolution {
  const total1 = n1 * p1;
  const total2 = n2 * p2;
  const total3 = n3 * p3;
  const grandTotal = total1 + total2 + total3;
  const question = `There are currently ${n1} ${color1} balls, ${n2} ${color2} balls, and ${n3} ${color3} balls in the ${store}. ${color1} balls cost ${currency}${p1}, ${color2} balls cost ${currency}${p2} and ${color3} balls cost ${currency}${p3}. How much will the ${store} have received after all the balls are sold?`;
  const answerCot = `For the ${color1} balls, ${n1} balls * ${currency}${p1}/ball = ${currency}${total1}.\nFor the ${color2} balls, ${n2} balls * ${currency}${p2}/ball = ${currency}${total2}.\nFor the ${color3} balls, ${n3} balls * ${currency}${p3}/ball = ${currency}${total3}.\nFor all balls, ${currency}${total1} + ${currency}${total2} + ${currency}${total3} = ${currency}${grandTotal}.\n#### ${grandTotal}`;
  return {
    question,
    answer: formatNumber(grandTotal),
    answer_cot: answerCot,
    answer_value: grandTotal,
    variables: {
      store,
      colors: [color1, color2, color3],
      quantities: [n1, n2, n3],
      prices: [p1, p2, p3],
      currency,
      subtotals: [total1, total2, total3],
      total: grandTotal,
    },
  };
}

function generate44(rng: PyRandom, difficulty: number): GsmSolution {
  const stores = ["store", "shop", "market", "warehouse"];
  const colors = ["red", "blue", "green", "yellow", "purple", "orange", "pink"];
  const currencies = ["$", "€", "£"];
  const store = rng.choice(stores);
  const [color1, color2, color3] = rng.sample(colors, 3) as [string, string, string];
  const currency = rng.choice(currencies);
  const n1 = rng.randint(3, Math.trunc(20 * difficulty));
  const n2 = rng.randint(5, Math.trunc(30 * difficulty));
  const n3 = rng.randint(15, Math.trunc(50 * difficulty));
  const p1 = rng.randint(5, Math.trunc(15 * difficulty));
  const p2 = rng.randint(3, Math.trunc(10 * difficulty));
  const p3 = rng.randint(2, Math.trunc(8 * difficulty));
  return solve44(store, color1, color2, color3, n1, n2, n3, p1, p2, p3, currency);
}

function solve45(
  name: string,
  event: string,
  food: string,
  obj: string,
  packageHusband: number,
  usedItems: number,
  totalRemaining: number,
): GsmSolution {
  const totalItems = totalRemaining + usedItems;
  const packageSize = totalItems - packageHusband;
  const question = `${name} was preparing for a ${event} at her house, where she intended to serve ${food}. She noticed that she was out of plastic ${obj}, so she bought a new package of ${obj}. Later, her husband also bought a package of ${packageHusband} new ${obj} and gave them to ${name}. While ${name} was making the ${food}, she used ${usedItems} of the ${obj} to sample her ${food}. Later, when she went to set the table, she had a total of ${totalRemaining} ${obj}. How many ${obj} were in the package that ${name} bought?`;
  const answerCot = `The total number of ${obj} from ${name} and her husband was ${totalRemaining}+${usedItems}=${totalItems} ${obj}.\nSince the husband bought a package of ${packageHusband} ${obj}, then ${name}'s package contained ${totalItems}-${packageHusband}=${packageSize} ${obj}.\n#### ${packageSize}`;
  return {
    question,
    answer: formatNumber(packageSize),
    answer_cot: answerCot,
    answer_value: packageSize,
    variables: {
      name,
      event,
      food,
      obj,
      husband_package: packageHusband,
      used_items: usedItems,
      remaining: totalRemaining,
      total: totalItems,
      package_size: packageSize,
    },
  };
}

function generate45(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Emma", "Olivia", "Sophia", "Isabella", "Ava", "Mia", "Charlotte"];
  const events = ["lunch party", "birthday party", "potluck party", "baby shower", "game night"];
  const foods = [
    "roast chicken",
    "grilled salmon",
    "beef stew",
    "vegetable lasagna",
    "stuffed peppers",
    "shrimp scampi",
    "creme brulee",
  ];
  const objects = ["spoons", "forks", "plates"];
  const name = rng.choice(names);
  const event = rng.choice(events);
  const food = rng.choice(foods);
  const obj = rng.choice(objects);
  const packageHusband = rng.randint(5, Math.trunc(20 * difficulty));
  let packageSize = rng.randint(10, Math.trunc(30 * difficulty));
  let totalItems = packageSize + packageHusband;
  let maxUsed = totalItems - 1;
  let usedItems = rng.randint(3, Math.min(maxUsed, Math.trunc(10 * difficulty)));
  let totalRemaining = totalItems - usedItems;
  while (totalRemaining <= 0) {
    packageSize = rng.randint(10, Math.trunc(30 * difficulty));
    totalItems = packageSize + packageHusband;
    maxUsed = totalItems - 1;
    usedItems = rng.randint(3, Math.min(maxUsed, Math.trunc(10 * difficulty)));
    totalRemaining = totalItems - usedItems;
  }
  return solve45(name, event, food, obj, packageHusband, usedItems, totalRemaining);
}

function solve46(
  fruit1: string,
  fruit2: string,
  n1: number,
  n2: number,
  frac1: number,
  frac2: number,
  spill: number,
  total: number,
): GsmSolution {
  const n1AfterSpill = n1 - spill;
  const waterFruit1 = n1AfterSpill * frac1;
  const waterFruit2 = n2 * frac2;
  const totalWater = waterFruit1 + waterFruit2;
  const question = `I have ${n1} liters of ${fruit1} drink that are ${floatRepr(frac1)} water and I wish to add it to ${n2} liters of ${fruit2} drink that is ${floatRepr(frac2)} water. But as I pour it, I spill ${spill} liter of the ${fruit1} drink. How much water is in the remaining ${total} liters?`;
  const answerCot = `There are ${n2} x ${floatRepr(frac2)} = ${floatRepr(waterFruit2)} liters of water from the ${n2} liters ${fruit2} drink.\nAfter ${spill} liter of ${fruit1} drink was spilled, there were ${n1} - ${spill} = ${n1AfterSpill} liters of ${fruit1} drink left.\nOut of the ${n1AfterSpill} liters, ${n1AfterSpill} x ${floatRepr(frac1)} = ${floatRepr(waterFruit1)} liters are water.\nThus, there are a total of ${floatRepr(waterFruit2)} + ${floatRepr(waterFruit1)} = ${floatRepr(totalWater)} liters of water out of the ${total} liters.\n#### ${Math.trunc(totalWater)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(totalWater)),
    answer_cot: answerCot,
    answer_value: Math.trunc(totalWater),
    variables: {
      fruit1,
      fruit2,
      initial_amount1: n1,
      initial_amount2: n2,
      water_fraction1: frac1,
      water_fraction2: frac2,
      spilled_amount: spill,
      total_volume: total,
      water_content1: waterFruit1,
      water_content2: waterFruit2,
    },
  };
}

function generate46(rng: PyRandom, difficulty: number): GsmSolution {
  const fruits = ["apple", "grape", "mango", "peach", "lemon"];
  const fractions = {
    "two-thirds": 2 / 3,
    "three-fifths": 3 / 5,
    "three-quarters": 3 / 4,
    "one-half": 1 / 2,
    "four-fifths": 4 / 5,
  };
  const [fruit1, fruit2] = rng.sample(fruits, 2) as [string, string];
  const frac1 = rng.choice(Object.values(fractions));
  const frac2 = rng.choice(Object.values(fractions));
  let n1 = rng.randint(9, Math.trunc(21 * difficulty));
  let n2 = rng.randint(12, Math.trunc(31 * difficulty));
  let spill = rng.randint(3, Math.min(7, n1));
  while (!(n1 + n2 - spill > 0 && isInteger(n2 * frac2) && isInteger((n1 - spill) * frac1))) {
    n1 = rng.randint(9, Math.trunc(21 * difficulty));
    n2 = rng.randint(12, Math.trunc(31 * difficulty));
    spill = rng.randint(3, Math.min(7, n1));
  }
  const total = n1 + n2 - spill;
  return solve46(fruit1, fruit2, n1, n2, frac1, frac2, spill, total);
}

function solve47(
  name: string,
  n1: number,
  c1: number,
  n2: number,
  c2: number,
  c3: number,
  obj1: string,
  obj2: string,
  currency: string,
): GsmSolution {
  const cost1 = n1 * c1;
  const cost2 = n2 * c2;
  const totalCost = cost1 + cost2 + c3;
  const question = `${name} went to buy some school supplies. He bought ${n1} ${obj1} which cost ${currency}${floatRepr(c1)} each, ${n2} ${obj2} which cost ${currency}${floatRepr(c2)} each, and a rim of bond paper which cost ${currency}${c3}. How much did ${name} spend on everything?`;
  const answerCot = `${name} spent ${n1} x ${currency}${floatRepr(c1)} = ${currency}${Math.trunc(cost1)} for the ${obj1}.\nHe also spent ${n2} x ${currency}${floatRepr(c2)} = ${currency}${Math.trunc(cost2)} for the ${obj2}.\nTherefore, ${name} spent a total of ${currency}${Math.trunc(cost1)} + ${currency}${Math.trunc(cost2)} + ${currency}${c3} = ${currency}${Math.trunc(totalCost)} for the school supplies.\n#### ${Math.trunc(totalCost)}`;
  return {
    question,
    answer: formatNumber(Math.trunc(totalCost)),
    answer_cot: answerCot,
    answer_value: Math.trunc(totalCost),
    variables: {
      name,
      items1_count: n1,
      item1_cost: c1,
      items2_count: n2,
      item2_cost: c2,
      paper_cost: c3,
      item1: obj1,
      item2: obj2,
      currency,
    },
  };
}

function generate47(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "William", "Robert", "Thomas"];
  const items = [
    "notebooks",
    "pencils",
    "erasers",
    "crayons",
    "colored pencils",
    "markers",
    "rulers",
    "folders",
  ];
  const currencies = ["$", "€", "£"];
  const name = rng.choice(names);
  const [obj1, obj2] = rng.sample(items, 2) as [string, string];
  const currency = rng.choice(currencies);
  const n1 = rng.randrange(6, Math.trunc(25 * difficulty), 2);
  let c1 = pyRound(rng.uniform(2.25, 11.5 * difficulty) * 4) / 4;
  const n2 = rng.randrange(4, Math.trunc(15 * difficulty), 2);
  let c2 = pyRound(rng.uniform(8.25, 19.5 * difficulty) * 4) / 4;
  const c3 = rng.randint(10, Math.trunc(25 * difficulty));
  while (!isInteger(n1 * c1) || !isInteger(n2 * c2)) {
    c1 = pyRound(rng.uniform(2.25, 11.5 * difficulty) * 4) / 4;
    c2 = pyRound(rng.uniform(8.25, 19.5 * difficulty) * 4) / 4;
  }
  return solve47(name, n1, c1, n2, c2, c3, obj1, obj2, currency);
}

function solve48(
  item1: string,
  item2: string,
  shop: string,
  currency: string,
  price1: number,
  price2: number,
  n1: number,
  n2: number,
): GsmSolution {
  const total1 = n1 * price1;
  const total2 = n2 * price2;
  const diff = total1 - total2;
  const question = `A loaf of ${item1} at the ${shop} costs ${currency}${price1}. ${item2}s cost ${currency}${price2} each. How much more do ${n1} loaves of ${item1} cost than ${n2} ${item2}s?`;
  const answerCot = `${n1} loaves of ${item1} cost ${n1} * ${currency}${price1} = ${currency}${total1}.\n${n2} ${item2}s cost ${n2} * ${currency}${price2} = ${currency}${total2}.\nThe loaves of ${item1} cost ${currency}${total1} - ${currency}${total2} = ${currency}${diff} more than the ${item2}s.\n#### ${diff}`;
  return {
    question,
    answer: formatNumber(diff),
    answer_cot: answerCot,
    answer_value: diff,
    variables: { item1, item2, shop, currency, price1, price2, n1, n2, total1, total2 },
  };
}

function generate48(rng: PyRandom, difficulty: number): GsmSolution {
  const items1 = ["bread", "sourdough"];
  const items2 = ["bagel", "muffin", "croissant", "biscuit"];
  const shops = ["bakery", "cafe", "store", "market"];
  const currencies = ["$", "£", "€"];
  const item1 = rng.choice(items1);
  const item2 = rng.choice(items2);
  const shop = rng.choice(shops);
  const currency = rng.choice(currencies);
  const price1 = rng.randint(2, Math.trunc(10 * difficulty));
  const price2 = rng.randint(1, Math.trunc(5 * difficulty));
  let n1 = rng.randint(2, Math.trunc(10 * difficulty));
  let n2 = rng.randint(2, Math.trunc(10 * difficulty));
  while (n1 * price1 <= n2 * price2) {
    n1 = rng.randint(2, Math.trunc(10 * difficulty));
    n2 = rng.randint(2, Math.trunc(10 * difficulty));
  }
  return solve48(item1, item2, shop, currency, price1, price2, n1, n2);
}

function solve49(
  name: string,
  item1: string,
  item2: string,
  price1: number,
  price2: number,
  total: number,
  n1: number,
  percent: number,
  currency: string,
): GsmSolution {
  const spent = (total * (100 - percent)) / 100;
  const costItem1 = (n1 * price1) / 100;
  const spentItem2 = spent - costItem1;
  const n2 = Math.trunc(spentItem2 / (price2 / 100));
  const question = `The vending machines sell ${item1} for ${price1} cents and ${item2} for ${price2} cents. ${name} spent ${currency}${total} and got ${n1} bags of ${item1} and had ${percent}% of his money left. How many ${item2} did he buy?`;
  const answerCot = `${name} spent ${currency}${floatRepr(spent)} because ${total} * ${floatRepr((100 - percent) / 100)} = ${floatRepr(spent)}\n${name} spent ${currency}${floatRepr(costItem1)} on ${item1} because ${n1} x ${floatRepr(price1 / 100)} = ${floatRepr(costItem1)}\n${name} spent ${floatRepr(spentItem2)} on ${item2} because ${floatRepr(spent)} - ${floatRepr(costItem1)} = ${floatRepr(spentItem2)}\n${name} bought ${n2} ${item2} because ${floatRepr(spentItem2)} / ${floatRepr(price2 / 100)} = ${n2}\n#### ${n2}`;
  return {
    question,
    answer: formatNumber(n2),
    answer_cot: answerCot,
    answer_value: n2,
    variables: {
      name,
      item1,
      item2,
      price1,
      price2,
      total_spent: total,
      num_item1: n1,
      num_item2: n2,
      percent_change: percent,
      currency,
    },
  };
}

function generate49(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["George", "James", "John", "Robert", "Michael", "William"];
  const items = ["pretzels", "popcorn", "gum", "cookies", "crackers"];
  const currencies = ["$", "£", "€"];
  const name = rng.choice(names);
  const [item1, item2] = rng.sample(items, 2) as [string, string];
  const currency = rng.choice(currencies);
  const price1 = rng.randrange(25, Math.trunc(100 * difficulty), 5);
  const minPrice2 = floorDiv(price1 + 5, 5) * 5;
  const price2 = rng.randrange(minPrice2, Math.trunc(150 * difficulty), 5);
  let percent = rng.randint(1, Math.trunc(10 * difficulty));
  let n1 = rng.randint(1, Math.trunc(10 * difficulty));
  const multiplier = floorDiv(100, gcd(100, percent));
  let minTotal = 500;
  minTotal = floorDiv(minTotal + multiplier - 1, multiplier) * multiplier;
  const validTotals = [];
  const maxTotal = Math.trunc(1500 * difficulty);
  for (let t = minTotal; t < maxTotal + 1; t += multiplier) {
    const spentOnItem1 = n1 * price1;
    const remainingAfterPercent = t * (100 - percent);
    if (
      mod(remainingAfterPercent, 100) === 0 &&
      mod(remainingAfterPercent - spentOnItem1, price2) === 0
    ) {
      validTotals.push(t);
    }
  }
  let total: number;
  if (validTotals.length === 0) {
    total = 1000;
    percent = 10;
    n1 = 1;
  } else {
    total = rng.choice(validTotals);
  }
  return solve49(name, item1, item2, price1, price2, total, n1, percent, currency);
}

/** Templates 25 to 49, in order. */
export const TEMPLATES_25_49: readonly GsmTemplate[] = [
  generate25,
  generate26,
  generate27,
  generate28,
  generate29,
  generate30,
  generate31,
  generate32,
  generate33,
  generate34,
  generate35,
  generate36,
  generate37,
  generate38,
  generate39,
  generate40,
  generate41,
  generate42,
  generate43,
  generate44,
  generate45,
  generate46,
  generate47,
  generate48,
  generate49,
];
